import type { InstallInput } from '#actions/install/install_application'
import type { DatabaseChoice } from '#support/database_connection'
import { envFilePath } from '#support/instance'
import { generateAppKey, isUsableAppKey, readEnvFile, updateEnvFile } from '#support/env_file'

/**
 * Writes what the next boot needs to find the site, the database and its
 * address, into `.env`, and makes sure APP_KEY is a real secret. Mail
 * settings live in the database instead, where a change needs no restart.
 */
export async function writeInstallEnvironment(input: InstallInput) {
  const path = envFilePath()
  const current = await readEnvFile(path)
  const database = input.database as DatabaseChoice

  await updateEnvFile(path, {
    APP_KEY: isUsableAppKey(current.APP_KEY) ? current.APP_KEY : generateAppKey(),
    APP_URL: input.siteUrl,
    DB_CONNECTION: database.engine,
    ...(database.engine === 'sqlite'
      ? {
          DB_DATABASE: database.path,
          DB_HOST: undefined,
          DB_PORT: undefined,
          DB_USER: undefined,
          DB_PASSWORD: undefined,
        }
      : {
          DB_HOST: database.host,
          DB_PORT: String(database.port),
          DB_USER: database.user,
          DB_PASSWORD: database.password ?? '',
          DB_DATABASE: database.database,
        }),
  })
}
