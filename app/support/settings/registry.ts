import vine from '@vinejs/vine'
import { USER_ROLES } from '#models/user'
import { SUPPORTED_LOCALES } from '#support/locales'
import {
  define,
  SETTING_GROUPS,
  type SettingDefinition,
  type SettingGroup,
} from '#support/settings/definitions'

const wholeNumber = (min: number, max: number) => vine.number().withoutDecimals().range([min, max])

/*
| Every setting an admin can change, in the order the settings page shows
| them. Keys are stored as they are: renaming one strands the value saved
| under the old name on every installed site. Labels and descriptions live
| in resources/lang/<locale>/settings.json under `fields.<key>`.
*/
export const SETTINGS = {
  'site.name': define.requiredText('site', { maxLength: 80, default: 'Filamenta' }),
  'site.url': define.text('site', { maxLength: 255, format: 'url' }),
  'site.logo': define.image('site'),
  'site.footer': define.text('site', { maxLength: 500, multiline: true }),
  'site.locale': define.choice('site', SUPPORTED_LOCALES, 'en', 'layout.languages'),

  'accounts.registration_open': define.bool('features', false),
  'accounts.require_verified_email': define.bool('features', false),
  'security.two_factor_required_roles': define.choices('features', USER_ROLES, 'roles'),

  'mail.smtp.host': define.text('mail', { maxLength: 255, format: 'host' }),
  'mail.smtp.port': define.int('mail', 1, 65535, 587),
  'mail.smtp.secure': define.bool('mail', false),
  'mail.smtp.user': define.text('mail', { maxLength: 255 }),
  'mail.smtp.password': define.secret('mail'),
  'mail.from.address': define.text('mail', { maxLength: 254, format: 'email' }),
  'mail.from.name': define.text('mail', { maxLength: 80 }),

  'security.lockout_threshold': define.int('security', 3, 20, 5),
  'security.lockout_minutes': define.int('security', 1, 1440, 15),
  'security.login_rate_limits': define.json(
    'security',
    vine.object({
      perIp: wholeNumber(1, 1000),
      perAccount: wholeNumber(1, 1000),
      windowMinutes: wholeNumber(1, 1440),
    }),
    { perIp: 20, perAccount: 10, windowMinutes: 15 }
  ),

  'uploads.max_image_mb': define.int('uploads', 1, 20, 10),
  'uploads.max_document_mb': define.int('uploads', 1, 20, 20),
  'uploads.max_image_megapixels': define.int('uploads', 1, 200, 40),
} satisfies Record<string, SettingDefinition>

export type SettingKey = keyof typeof SETTINGS
export type SettingValue<K extends SettingKey> = (typeof SETTINGS)[K]['default']

/** A declared setting with its key, as lists and forms use it. */
export type DeclaredSetting = SettingDefinition & { key: SettingKey }

export const DECLARED_SETTINGS: DeclaredSetting[] = Object.entries(SETTINGS).map(
  ([key, definition]) => ({ ...(definition as SettingDefinition), key: key as SettingKey })
)

/** The declaration of a key typed by a person, or undefined when there is none. */
export function findSetting(key: string): DeclaredSetting | undefined {
  return DECLARED_SETTINGS.find((setting) => setting.key === key)
}

export function settingsOfGroup(group: SettingGroup): DeclaredSetting[] {
  return DECLARED_SETTINGS.filter((setting) => setting.group === group)
}

export function isSettingGroup(value: unknown): value is SettingGroup {
  return typeof value === 'string' && (SETTING_GROUPS as readonly string[]).includes(value)
}

/** The form field of a setting: dots would be read as nesting by the body parser. */
export function formField(key: SettingKey): string {
  return key.replaceAll('.', '_')
}
