import vine from '@vinejs/vine'
import type { I18n } from '@adonisjs/i18n'
import type { SchemaTypes } from '@vinejs/vine/types'
import type { SettingGroup, StringSetting } from '#support/settings/definitions'
import { jsonText } from '#support/settings/json_rule'
import { LOGO_MAX_SIZE, logoImage } from '#support/settings/logo_image'
import { type DeclaredSetting, formField, settingsOfGroup } from '#support/settings/registry'

/** A host name, an IPv4 address or a bracketed IPv6 address. */
const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$|^\[[0-9A-Fa-f:.]+\]$/

/** Messages for settings: they sit under the field, so they need not name it. */
export function settingsMessages(i18n: I18n) {
  return i18n.createMessagesProvider('settings.validation')
}

function text(setting: StringSetting) {
  let rule = vine.string().trim().maxLength(setting.maxLength)
  if (setting.format === 'email') rule = rule.email()
  if (setting.format === 'url') {
    rule = rule.url({ require_protocol: true, protocols: ['http', 'https'], require_tld: false })
  }
  if (setting.format === 'host') rule = rule.regex(HOST)
  return setting.required ? rule.minLength(1) : rule.nullable().optional()
}

/** A list sent as `name[]`, as one value, or (on the command line) comma-separated. */
const asList = (value: unknown) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : value

/**
 * The rule a setting's value must pass. `form` reads an HTML form, where an
 * unticked box or an empty list is simply absent; `cli` reads one typed value.
 */
export function settingRule(setting: DeclaredSetting, source: 'form' | 'cli'): SchemaTypes {
  const optionalInForm = <T extends { optional(): any }>(rule: T) =>
    source === 'form' ? rule.optional() : rule
  switch (setting.type) {
    case 'string':
      return text(setting)
    case 'int':
      return vine.number().withoutDecimals().range([setting.min, setting.max])
    case 'bool':
      return optionalInForm(vine.boolean())
    case 'enum':
      return setting.multiple
        ? optionalInForm(vine.array(vine.enum(setting.choices)).parse(asList))
        : vine.enum(setting.choices)
    case 'secret':
      return vine.string().maxLength(setting.maxLength).nullable().optional()
    case 'json':
      return vine.string().use(jsonText({ schema: setting.schema }))
    case 'image':
      return vine.file({ size: LOGO_MAX_SIZE }).use(logoImage()).optional()
  }
}

const groupValidators = new Map<SettingGroup, ReturnType<typeof buildGroupValidator>>()

function buildGroupValidator(group: SettingGroup) {
  const settings = settingsOfGroup(group)
  const secrets = settings
    .filter((setting) => setting.type === 'secret')
    .map((setting) => formField(setting.key))
  const fields = Object.fromEntries(
    settings.map((setting) => [formField(setting.key), settingRule(setting, 'form')])
  )
  return vine.create({
    ...fields,
    // The "clear" boxes name secret fields of this group, and no other field.
    clearSecrets: vine.array(vine.enum(secrets)).parse(asList).optional(),
    removeLogo: vine.boolean().optional(),
  })
}

/** The validator of one group's form: a field per setting, named by `formField`. */
export function groupValidator(group: SettingGroup) {
  let validator = groupValidators.get(group)
  if (!validator) {
    validator = buildGroupValidator(group)
    groupValidators.set(group, validator)
  }
  return validator
}

/** The validator of one value typed on the command line, as `{ value }`. */
export function valueValidator(setting: DeclaredSetting) {
  return vine.create({ value: settingRule(setting, 'cli') })
}
