import { confirm, input, password, select } from '@inquirer/prompts'
import { installMessages } from '#cli/messages'
import { DEFAULT_SQLITE_PATH } from '#support/database_connection'
import { SUPPORTED_LOCALES } from '#support/locales'
import type { InstallValues } from '#cli/install/install_flags'
import type { InstallSecrets } from '#cli/install/read_secrets'

const ask = installMessages.prompts
const ENGINES = ['sqlite', 'pg', 'mysql'] as const
const text = (value: unknown) => (value === undefined ? undefined : String(value))
/** A preset for a choice list, when it is one of the choices. */
const oneOf = <T extends string>(choices: readonly T[], value: unknown) =>
  choices.find((choice) => choice === value)

/*
| One question group per wizard step. Each shows the current value (a flag,
| the config file, the site's configuration or a previous answer) as the
| default, so pressing Enter keeps it.
*/

/** What one step's questions gathered. */
export type StepAnswer = { values: InstallValues; secrets?: InstallSecrets }

export async function askLocale(values: InstallValues): Promise<StepAnswer> {
  const choices = SUPPORTED_LOCALES.map((value) => ({
    value,
    name: installMessages.locales[value],
  }))
  const locale = await select({
    message: ask.locale,
    choices,
    default: oneOf(SUPPORTED_LOCALES, values.locale),
  })
  return { values: { locale } }
}

export async function askSite(values: InstallValues): Promise<StepAnswer> {
  return {
    values: {
      siteName: await input({ message: ask.siteName, default: text(values.siteName) }),
      siteUrl: await input({ message: ask.siteUrl, default: text(values.siteUrl) }),
      allowRegistration: await confirm({
        message: ask.allowRegistration,
        default: values.allowRegistration === true || values.allowRegistration === 'true',
      }),
    },
  }
}

/** The password prompt is skipped when DB_PASSWORD already holds one. */
export async function askDatabase(
  values: InstallValues,
  defaults: (db: string) => InstallValues,
  hasPassword: boolean
): Promise<StepAnswer> {
  const choices = ENGINES.map((value) => ({
    value,
    name: installMessages.engines[value],
  }))
  const db = await select({ message: ask.db, choices, default: oneOf(ENGINES, values.db) })
  const preset = { ...defaults(db), ...(db === values.db ? values : {}) }

  if (db === 'sqlite') {
    const dbPath = await input({
      message: ask.dbPath,
      default: text(preset.dbPath) ?? DEFAULT_SQLITE_PATH,
    })
    return { values: { db, dbPath } }
  }
  return {
    values: {
      db,
      dbHost: await input({ message: ask.dbHost, default: text(preset.dbHost) }),
      dbPort: await input({ message: ask.dbPort, default: text(preset.dbPort) }),
      dbUser: await input({ message: ask.dbUser, default: text(preset.dbUser) }),
      dbName: await input({ message: ask.dbName, default: text(preset.dbName) }),
    },
    secrets: hasPassword
      ? {}
      : { dbPassword: await password({ message: ask.dbPassword, mask: true }) },
  }
}

export async function askAdmin(values: InstallValues): Promise<StepAnswer> {
  const email = await input({ message: ask.adminEmail, default: text(values.adminEmail) })
  const username = await input({ message: ask.adminUsername, default: text(values.adminUsername) })
  const secret = await password({ message: ask.adminPassword, mask: true })
  await password({
    message: ask.adminPasswordConfirmation,
    mask: true,
    validate: (again) => again === secret || ask.passwordsDiffer,
  })
  return {
    values: { adminEmail: email, adminUsername: username },
    secrets: { adminPassword: secret },
  }
}

/** Asks whether to set up SMTP now, then its settings; no values means no mail. */
export async function askMail(values: InstallValues, suggested: boolean): Promise<StepAnswer> {
  if (!(await confirm({ message: ask.configureSmtp, default: suggested }))) {
    return {
      values: {
        smtpHost: undefined,
        smtpPort: undefined,
        smtpSecure: undefined,
        smtpUser: undefined,
        mailFrom: undefined,
      },
    }
  }
  const smtpHost = await input({ message: ask.smtpHost, default: text(values.smtpHost) })
  const smtpSecure = await confirm({ message: ask.smtpSecure, default: values.smtpSecure === true })
  const smtpPort = await input({
    message: ask.smtpPort,
    default: text(values.smtpPort) ?? (smtpSecure ? '465' : '587'),
  })
  const smtpUser = await input({ message: ask.smtpUser, default: text(values.smtpUser) })
  const smtpPassword = await password({ message: ask.smtpPassword, mask: true })
  const mailFrom = await input({ message: ask.mailFrom, default: text(values.mailFrom) })
  return {
    values: { smtpHost, smtpSecure, smtpPort, smtpUser, mailFrom },
    secrets: { smtpPassword: smtpPassword || undefined },
  }
}
