/*
|--------------------------------------------------------------------------
| CLI wording
|--------------------------------------------------------------------------
|
| Every sentence the `filamenta` CLI shows lives here, so the CLI can be
| translated by swapping this one module.
|
*/
import type { InstallKey } from '#cli/install/install_flags'

export const programMessages = {
  description: 'Operate a Filamenta site: install it, check it, or run any `node ace` command.',
  helpFooter:
    '\nAny other command is handed to `node ace` (try `filamenta list`), e.g. `filamenta migration:status`.',
  helpOption: 'show help for a command',
  helpCommand: 'show help for a command',
}

export const usageMessages = {
  unknownOption: (flag: string) => `Unknown option ${flag}.`,
  missingValue: (flag: string) => `The option ${flag} needs a value.`,
  excessArguments: (args: string) => `Unexpected argument: ${args.replace(/\.$/, '')}.`,
  missingCommand: 'Name a command, e.g. `filamenta install`; see `filamenta --help`.',
  missingFlag: (flag: string) => `Missing required flag ${flag}.`,
  invalidFlag: (flag: string, reason: string) => `Invalid value for ${flag}: ${reason}.`,
  missingPassword:
    'Missing required flag --admin-password-stdin (or set the FILAMENTA_ADMIN_PASSWORD variable).',
  emptyStdinPassword: 'The admin password read from stdin is empty.',
  unreadableConfig: (file: string, reason: string) =>
    `Cannot read the config file ${file}: ${reason}.`,
  invalidConfigJson: (file: string, reason: string) =>
    `The config file ${file} is not valid JSON: ${reason}.`,
  configNotObject: (file: string) => `The config file ${file} must hold one JSON object.`,
  configPassword: (key: string) =>
    `The config file may not hold "${key}": passwords come from stdin or environment variables, never from a file.`,
  unknownConfigKey: (key: string) => `Unknown key "${key}" in the config file.`,
}

export const bootMessages = {
  createdEnvFile: (path: string) => `Created ${path} with a new APP_KEY.`,
  bootFailed: (reason: string) => `The application could not start: ${reason}`,
  unexpected: (reason: string) => `Unexpected error: ${reason}`,
}

export const installMessages = {
  description: 'Install the site: database, first admin account, site settings and optional SMTP.',
  helpFooter: [
    '',
    'Secrets never travel as flags:',
    '  admin password   --admin-password-stdin, or the FILAMENTA_ADMIN_PASSWORD variable',
    '  DB password      the DB_PASSWORD variable',
    '  SMTP password    the SMTP_PASSWORD variable',
    '',
    'Exit codes: 0 installed, 1 failed, 2 bad usage, 3 already installed (see --force).',
  ].join('\n'),
  flags: {
    nonInteractive: 'never prompt; take every value from flags, --config and the environment',
    config: 'read values from a JSON file (camelCase flag names); flags override it',
    adminPasswordStdin: 'read the admin password from stdin',
    force: 'reinstall the configuration of an installed site (never drops data)',
    json: 'print the result as one JSON object',
  },
  values: {
    siteName: 'site name',
    siteUrl: 'public URL of the site, e.g. https://example.org',
    locale: 'default language: en or fr (default: en)',
    db: 'database engine: sqlite, pg or mysql (default: the configured one, else sqlite)',
    dbPath: 'SQLite file (default: the configured one, else storage/filamenta.sqlite3)',
    dbHost: 'database host (default: 127.0.0.1)',
    dbPort: 'database port (default: 5432 for pg, 3306 for mysql)',
    dbUser: 'database user (default: postgres for pg, root for mysql)',
    dbName: 'database name (default: filamenta)',
    adminEmail: 'email of the first admin account',
    adminUsername: 'username of the first admin account',
    smtpHost: 'SMTP host; setting any SMTP flag configures mail',
    smtpPort: 'SMTP port (default: 587, or 465 with --smtp-secure)',
    smtpUser: 'SMTP user',
    smtpSecure: 'connect to SMTP over TLS',
    mailFrom: 'sender address of outgoing mail',
    allowRegistration: 'let visitors create their own account (off by default)',
  } satisfies Record<InstallKey, string>,
  prompts: {
    locale: 'Language',
    siteName: 'Site name',
    siteUrl: 'Public URL of the site',
    allowRegistration: 'Let visitors create their own account?',
    db: 'Database',
    dbPath: 'SQLite file',
    dbHost: 'Database host',
    dbPort: 'Database port',
    dbUser: 'Database user',
    dbPassword: 'Database password',
    dbName: 'Database name',
    adminEmail: 'Admin email',
    adminUsername: 'Admin username',
    adminPassword: 'Admin password',
    adminPasswordConfirmation: 'Admin password again',
    passwordsDiffer: 'The two passwords differ',
    configureSmtp: 'Configure SMTP for outgoing mail now?',
    smtpHost: 'SMTP host',
    smtpPort: 'SMTP port',
    smtpSecure: 'Use TLS?',
    smtpUser: 'SMTP user (empty for none)',
    smtpPassword: 'SMTP password (empty for none)',
    mailFrom: 'Sender address',
  },
  engines: { sqlite: 'SQLite (file, no server)', pg: 'PostgreSQL', mysql: 'MySQL / MariaDB' },
  locales: { en: 'English', fr: 'Français' },
  done: (siteUrl: string) => `Filamenta is installed at ${siteUrl}.`,
  summary: (result: {
    database: string
    adminId: number
    adminCreated: boolean
    migrationsRun: string[]
  }) =>
    [
      `Database: ${result.database}`,
      `Admin account: #${result.adminId} (${result.adminCreated ? 'created' : 'kept'})`,
      `Migrations run: ${result.migrationsRun.length}`,
    ].join('\n'),
  alreadyInstalled: 'The site is already installed. Use --force to rewrite its configuration.',
  cancelled: 'Installation cancelled.',
}

export const doctorMessages = {
  description: 'Check the installation and say what to fix.',
  json: 'print {ok, checks: [{id, status, message, fix}]} as one JSON object',
  helpFooter: '\nExit codes: 0 no check failed (warnings allowed), 1 at least one failed.',
  // The checks word themselves in app/actions/doctor, shared with `node ace doctor`.
  bootFix: 'Fix the configuration named above in .env (or the environment), then run doctor again.',
}
