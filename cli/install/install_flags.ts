/**
 * The values `filamenta install` accepts, once: each becomes a flag, a key
 * of the `--config` file, and the name reported when the install action's
 * validator rejects the matching field.
 */
export const INSTALL_FLAGS = [
  { key: 'siteName', flag: '--site-name', placeholder: '<name>', field: 'siteName' },
  { key: 'siteUrl', flag: '--site-url', placeholder: '<url>', field: 'siteUrl' },
  { key: 'locale', flag: '--locale', placeholder: '<code>', field: 'locale' },
  { key: 'db', flag: '--db', placeholder: '<engine>', field: 'database' },
  { key: 'dbPath', flag: '--db-path', placeholder: '<file>', field: 'database.path' },
  { key: 'dbHost', flag: '--db-host', placeholder: '<host>', field: 'database.host' },
  { key: 'dbPort', flag: '--db-port', placeholder: '<port>', field: 'database.port' },
  { key: 'dbUser', flag: '--db-user', placeholder: '<user>', field: 'database.user' },
  { key: 'dbName', flag: '--db-name', placeholder: '<name>', field: 'database.database' },
  { key: 'adminEmail', flag: '--admin-email', placeholder: '<email>', field: 'admin.email' },
  {
    key: 'adminUsername',
    flag: '--admin-username',
    placeholder: '<name>',
    field: 'admin.username',
  },
  { key: 'smtpHost', flag: '--smtp-host', placeholder: '<host>', field: 'mail.host' },
  { key: 'smtpPort', flag: '--smtp-port', placeholder: '<port>', field: 'mail.port' },
  { key: 'smtpUser', flag: '--smtp-user', placeholder: '<user>', field: 'mail.user' },
  { key: 'smtpSecure', flag: '--smtp-secure', placeholder: '', field: 'mail.secure' },
  { key: 'mailFrom', flag: '--mail-from', placeholder: '<email>', field: 'mail.fromAddress' },
  {
    key: 'allowRegistration',
    flag: '--allow-registration',
    placeholder: '',
    field: 'allowRegistration',
  },
] as const

export type InstallKey = (typeof INSTALL_FLAGS)[number]['key']

/** What the person asked for, from flags, the config file or prompts; not validated yet. */
export type InstallValues = Partial<Record<InstallKey, string | number | boolean>>

/** Secrets come from stdin or the environment; they are named by where they come from. */
const SECRET_SOURCES = [
  { key: 'adminPassword', flag: '--admin-password-stdin', field: 'admin.password' },
  { key: 'dbPassword', flag: 'DB_PASSWORD', field: 'database.password' },
  { key: 'smtpPassword', flag: 'SMTP_PASSWORD', field: 'mail.password' },
] as const

export const SECRET_KEYS: readonly string[] = SECRET_SOURCES.map((source) => source.key)

/** The flag (or variable) behind a field of the install action's input. */
export function sourceOfField(field: string): { key: string; flag: string } | undefined {
  const exact = [...INSTALL_FLAGS, ...SECRET_SOURCES].find((entry) => entry.field === field)
  if (exact) return exact
  // The union's own errors ("database", "database.engine") are about --db.
  if (field.startsWith('database')) return INSTALL_FLAGS.find((entry) => entry.key === 'db')
  if (field === 'mail') return INSTALL_FLAGS.find((entry) => entry.key === 'smtpHost')
  return undefined
}
