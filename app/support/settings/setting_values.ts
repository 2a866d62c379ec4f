import type { MultipartFile } from '@adonisjs/core/bodyparser'
import type { SettingGroup } from '#support/settings/definitions'
import {
  type DeclaredSetting,
  formField,
  type SettingKey,
  settingsOfGroup,
} from '#support/settings/registry'

/** What an admin asked for in one group: new values, new or cleared secrets, the logo. */
export type SettingsChange = {
  values: Partial<Record<SettingKey, unknown>>
  /** Secrets typed in their "replace" field; an empty field keeps the saved one. */
  secrets: Partial<Record<SettingKey, string>>
  clearSecrets: SettingKey[]
  logo?: { tmpPath: string } | 'remove'
}

/**
 * A validated value as it is stored: what a form leaves out (an unticked
 * box, an empty list or field) means off, none or empty; lists keep the
 * registry's order and no duplicates.
 */
export function storedValue(setting: DeclaredSetting, value: unknown): unknown {
  switch (setting.type) {
    case 'bool':
      return Boolean(value)
    case 'enum':
      if (!setting.multiple) return value
      return setting.choices.filter((choice) => ((value as string[]) ?? []).includes(choice))
    case 'string':
      return (value as string | null | undefined) || null
    default:
      return value
  }
}

/** Turns a group's validated form into the change the update action applies. */
export function changeFromForm(
  group: SettingGroup,
  input: Record<string, unknown> & { clearSecrets?: string[]; removeLogo?: boolean }
): SettingsChange {
  const change: SettingsChange = { values: {}, secrets: {}, clearSecrets: [] }
  for (const setting of settingsOfGroup(group)) {
    const value = input[formField(setting.key)]
    if (setting.type === 'secret') {
      if (typeof value === 'string' && value !== '') change.secrets[setting.key] = value
      else if (input.clearSecrets?.includes(formField(setting.key))) {
        change.clearSecrets.push(setting.key)
      }
    } else if (setting.type === 'image') {
      if (value) change.logo = { tmpPath: (value as MultipartFile).tmpPath! }
      else if (input.removeLogo) change.logo = 'remove'
    } else {
      change.values[setting.key] = storedValue(setting, value)
    }
  }
  return change
}
