import db from '@adonisjs/lucid/services/db'
import limiter from '@adonisjs/limiter/services/main'
import testUtils from '@adonisjs/core/services/test_utils'
import type { Group } from '@japa/runner/core'
import InstallApplication from '#actions/install/install_application'
import type { DatabaseChoice } from '#support/database_connection'
import { forgetInstallState } from '#support/install_state'
import { forgetSettings } from '#support/settings_store'

export const STRONG_PASSWORD = 'Correct-Horse-42-battery'

/** The choice that names the database the tests already run on. */
export function currentDatabaseChoice(): DatabaseChoice {
  const name = db.primaryConnectionName as DatabaseChoice['engine']
  const config = db.manager.get(name)!.config
  const connection = config.connection as Record<string, any>
  if (name === 'sqlite') return { engine: 'sqlite', path: connection.filename }
  return {
    engine: name,
    host: connection.host,
    port: Number(connection.port),
    user: connection.user,
    password: connection.password ?? '',
    database: connection.database,
  }
}

export function installInput(overrides: Record<string, unknown> = {}) {
  return {
    siteName: 'Test site',
    siteUrl: 'http://localhost:3333',
    locale: 'en',
    database: currentDatabaseChoice(),
    admin: { email: 'admin@example.org', username: 'admin', password: STRONG_PASSWORD },
    ...overrides,
  }
}

/** Installs the site on the test database and returns the action's result. */
export async function installSite(overrides: Record<string, unknown> = {}) {
  const result = await new InstallApplication().handle(installInput(overrides))
  await forgetSettings()
  return result
}

/**
 * Each test starts uninstalled and leaves nothing behind: its writes are
 * rolled back, and the in-process memos, the settings cache (which would
 * otherwise keep rolled-back values) and rate-limit counters cleared.
 */
export function isolateInstallState(group: Group) {
  group.each.setup(async () => {
    forgetInstallState()
    await forgetSettings()
    await limiter.clear()
    const rollback = await testUtils.db().withGlobalTransaction()
    return async () => {
      await rollback()
      forgetInstallState()
      await forgetSettings()
    }
  })
}
