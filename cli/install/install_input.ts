import type { InstallValues } from '#cli/install/install_flags'
import type { InstallSecrets } from '#cli/install/read_secrets'
import { wantsMail } from '#cli/install/install_defaults'

const isTrue = (value: unknown) => value === true || value === 'true'

/**
 * Shapes the CLI's values into the input of the install action. Nothing is
 * checked here: the action validates, and its errors name these fields.
 */
export function buildInstallInput(values: InstallValues, secrets: InstallSecrets, force: boolean) {
  const database =
    values.db === 'sqlite'
      ? { engine: 'sqlite', path: values.dbPath }
      : {
          engine: values.db,
          host: values.dbHost,
          port: values.dbPort,
          user: values.dbUser,
          password: secrets.dbPassword,
          database: values.dbName,
        }

  const mail = wantsMail(values)
    ? {
        host: values.smtpHost,
        port: values.smtpPort ?? (isTrue(values.smtpSecure) ? 465 : 587),
        secure: values.smtpSecure,
        user: values.smtpUser || undefined,
        password: secrets.smtpPassword || undefined,
        fromAddress: values.mailFrom,
      }
    : undefined

  return {
    siteName: values.siteName,
    siteUrl: values.siteUrl,
    locale: values.locale,
    allowRegistration: isTrue(values.allowRegistration),
    database,
    admin: {
      email: values.adminEmail,
      username: values.adminUsername,
      password: secrets.adminPassword,
    },
    mail,
    force,
  }
}
