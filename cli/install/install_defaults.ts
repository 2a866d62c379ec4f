import type { InstallValues } from '#cli/install/install_flags'

/** The database settings the site runs with now, as `.env` holds them. */
export type CurrentDatabase = {
  DB_CONNECTION?: string
  DB_DATABASE?: string
  DB_HOST?: string
  DB_PORT?: number
  DB_USER?: string
}

const SERVER_DEFAULTS = {
  pg: { dbHost: '127.0.0.1', dbPort: 5432, dbUser: 'postgres', dbName: 'filamenta' },
  mysql: { dbHost: '127.0.0.1', dbPort: 3306, dbUser: 'root', dbName: 'filamenta' },
}

/**
 * Defaults for the values not given. Database settings default to the
 * configured ones when the engine stays the same, so `install --force`
 * keeps using the database the site already has.
 */
export function installDefaults(values: InstallValues, current: CurrentDatabase): InstallValues {
  const configuredEngine = current.DB_CONNECTION ?? 'sqlite'
  const db = String(values.db ?? configuredEngine)
  const sameEngine = db === configuredEngine
  const defaults: InstallValues = { locale: 'en', db }

  if (db === 'sqlite' && sameEngine && current.DB_DATABASE) defaults.dbPath = current.DB_DATABASE
  if (db === 'pg' || db === 'mysql') {
    Object.assign(defaults, SERVER_DEFAULTS[db])
    if (sameEngine) {
      if (current.DB_HOST) defaults.dbHost = current.DB_HOST
      if (current.DB_PORT) defaults.dbPort = current.DB_PORT
      if (current.DB_USER) defaults.dbUser = current.DB_USER
      if (current.DB_DATABASE) defaults.dbName = current.DB_DATABASE
    }
  }
  return defaults
}

/** True when any SMTP value was given: mail is then configured. */
export function wantsMail(values: InstallValues): boolean {
  return ['smtpHost', 'smtpPort', 'smtpUser', 'smtpSecure', 'mailFrom'].some(
    (key) => values[key as keyof InstallValues] !== undefined
  )
}

/** The given values over their defaults. */
export function withDefaults(values: InstallValues, current: CurrentDatabase): InstallValues {
  const given = Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined)
  )
  return { ...installDefaults(values, current), ...given }
}
