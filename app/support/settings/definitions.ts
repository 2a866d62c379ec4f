import type { VineObject } from '@vinejs/vine'
import type { Infer } from '@vinejs/vine/types'

export const SETTING_GROUPS = ['site', 'features', 'mail', 'security', 'uploads'] as const
export type SettingGroup = (typeof SETTING_GROUPS)[number]

export type SettingType = 'string' | 'int' | 'bool' | 'enum' | 'secret' | 'json' | 'image'

/** Where an uploaded logo lives on the drive disk, and how to serve it. */
export type StoredImage = { path: string; contentType: string; version: string }

type Common<T> = {
  group: SettingGroup
  default: T
  /** Phantom field that carries the value's type for `getSetting`. */
  readonly __value?: T
}

export type StringSetting<T extends string | null = string | null> = Common<T> & {
  type: 'string'
  required: boolean
  maxLength: number
  format?: 'email' | 'url' | 'host'
  multiline?: boolean
}
export type IntSetting = Common<number> & { type: 'int'; min: number; max: number }
export type BoolSetting = Common<boolean> & { type: 'bool' }
export type EnumSetting<T = string | string[]> = Common<T> & {
  type: 'enum'
  choices: readonly string[]
  multiple: boolean
  /** Translation prefix of each choice's label, e.g. `roles` for `roles.admin`. */
  choiceLabels: string
}
export type SecretSetting = Common<string | null> & { type: 'secret'; maxLength: number }
export type JsonSetting<T = unknown> = Common<T> & {
  type: 'json'
  schema: VineObject<any, any, any, any>
}
export type ImageSetting = Common<StoredImage | null> & { type: 'image' }

export type SettingDefinition =
  | StringSetting
  | IntSetting
  | BoolSetting
  | EnumSetting
  | SecretSetting
  | JsonSetting
  | ImageSetting

/*
| Small constructors so each declaration in the registry reads as one line
| and carries the exact type of its value.
*/
export const define = {
  text(
    group: SettingGroup,
    options: Pick<StringSetting, 'maxLength' | 'format' | 'multiline'> & { default?: string | null }
  ): StringSetting<string | null> {
    return { type: 'string', group, required: false, ...options, default: options.default ?? null }
  },
  requiredText(
    group: SettingGroup,
    options: Pick<StringSetting, 'maxLength' | 'format'> & { default: string }
  ): StringSetting<string> {
    return { type: 'string', group, required: true, ...options }
  },
  int(group: SettingGroup, min: number, max: number, defaultValue: number): IntSetting {
    return { type: 'int', group, min, max, default: defaultValue }
  },
  bool(group: SettingGroup, defaultValue: boolean): BoolSetting {
    return { type: 'bool', group, default: defaultValue }
  },
  choice<C extends string>(
    group: SettingGroup,
    choices: readonly C[],
    defaultValue: C,
    choiceLabels: string
  ): EnumSetting<C> {
    return { type: 'enum', group, choices, multiple: false, default: defaultValue, choiceLabels }
  },
  choices<C extends string>(
    group: SettingGroup,
    choices: readonly C[],
    choiceLabels: string
  ): EnumSetting<C[]> {
    return { type: 'enum', group, choices, multiple: true, default: [], choiceLabels }
  },
  secret(group: SettingGroup, maxLength = 512): SecretSetting {
    return { type: 'secret', group, maxLength, default: null }
  },
  json<S extends VineObject<any, any, any, any>>(
    group: SettingGroup,
    schema: S,
    defaultValue: Infer<S>
  ): JsonSetting<Infer<S>> {
    return { type: 'json', group, schema, default: defaultValue }
  },
  image(group: SettingGroup): ImageSetting {
    return { type: 'image', group, default: null }
  },
}
