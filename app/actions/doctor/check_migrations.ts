import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { MigrationRunner } from '@adonisjs/lucid/migration'
import type { Diagnostic } from '#actions/doctor/diagnostic'

const DEFAULT_SCHEMA_TABLE = 'adonis_schema'

/**
 * Lists migrations not yet run on the primary connection. The runner
 * creates its bookkeeping table when listing, so a database that never
 * saw a migration is reported from the missing table instead: doctor
 * only reads.
 */
export async function checkMigrations(): Promise<Diagnostic> {
  const connectionName = db.primaryConnectionName
  const table = db.getRawConnection(connectionName)?.config.migrations?.tableName
  const hasTable = await db.connection().schema.hasTable(table ?? DEFAULT_SCHEMA_TABLE)
  if (!hasTable) {
    return { id: 'migrations', ok: false, subject: 'none run', reason: 'no migration has run yet' }
  }

  const runner = new MigrationRunner(db, app, { direction: 'up', connectionName, dryRun: true })
  const migrations = await runner.getList()
  const pending = migrations
    .filter((migration) => migration.status === 'pending')
    .map((migration) => migration.name)
  if (!pending.length) return { id: 'migrations', ok: true, subject: '0 pending' }
  return {
    id: 'migrations',
    ok: false,
    subject: `${pending.length} pending`,
    reason: pending.join(', '),
  }
}
