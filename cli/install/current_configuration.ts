import env from '#start/env'
import type { CurrentDatabase } from '#cli/install/install_defaults'
import type { InstallSecrets } from '#cli/install/read_secrets'

/**
 * What the site is configured with now (the environment over `.env`): the
 * database settings that serve as defaults, and the DB and SMTP passwords,
 * which only ever come from there.
 */
export function currentConfiguration(): { database: CurrentDatabase; secrets: InstallSecrets } {
  return {
    database: {
      DB_CONNECTION: env.get('DB_CONNECTION'),
      DB_DATABASE: env.get('DB_DATABASE'),
      DB_HOST: env.get('DB_HOST'),
      DB_PORT: env.get('DB_PORT'),
      DB_USER: env.get('DB_USER'),
    },
    secrets: { dbPassword: env.get('DB_PASSWORD'), smtpPassword: env.get('SMTP_PASSWORD') },
  }
}
