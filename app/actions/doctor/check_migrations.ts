import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { MigrationRunner } from '@adonisjs/lucid/migration'
import { type Diagnostic, fail, pass } from '#actions/doctor/diagnostic'

const DEFAULT_SCHEMA_TABLE = 'adonis_schema'
const NAMES_SHOWN = 3

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
    return fail(
      'migrations',
      'No migration has run on this database yet',
      'Run `filamenta install` on a new site, or `node ace migration:run`.'
    )
  }

  const runner = new MigrationRunner(db, app, { direction: 'up', connectionName, dryRun: true })
  const migrations = await runner.getList()
  const pending = migrations
    .filter((migration) => migration.status === 'pending')
    .map((migration) => migration.name.split('/').pop())
  if (!pending.length) return pass('migrations', 'No pending migrations')

  const more = pending.length > NAMES_SHOWN ? ', …' : ''
  return fail(
    'migrations',
    `${pending.length} pending migration${pending.length === 1 ? '' : 's'}: ${pending.slice(0, NAMES_SHOWN).join(', ')}${more}`,
    'Back up, then run `node ace migration:run`.'
  )
}
