import db from '@adonisjs/lucid/services/db'
import type { Disk } from '@adonisjs/drive'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { listTables } from '#support/backup/table_introspection'
import {
  appliedMigrations,
  migrationsTable,
  runMigrations,
} from '#support/backup/schema_migrations'
import { withScratchSqlite } from '#support/backup/scratch_database'
import { diskFiles } from '#support/backup/uploads_snapshot'

async function rowCounts(client: QueryClientContract, tables: string[]) {
  const counts = new Map<string, number>()
  for (const table of tables) {
    const [{ total }] = await client.from(table).count('* as total')
    if (Number(total) > 0) counts.set(table, Number(total))
  }
  return counts
}

/**
 * The rows a database has just from being migrated (a migration may seed a
 * row, e.g. the audit chain's head), found by running the same migrations
 * on a scratch database: those rows are not data anyone would lose.
 */
async function rowsFromMigrations(connectionName: string, migrations: string[]) {
  return withScratchSqlite(async (scratch) => {
    const client = db.connection(scratch)
    await runMigrations(client, migrations)
    return rowCounts(client, await listTables(client))
  }, connectionName)
}

/**
 * Whether restoring would replace something: rows beyond what the
 * database's own migrations put there, or any file on the uploads disk.
 */
export async function targetHoldsData(connectionName: string, disk: Disk): Promise<boolean> {
  const files = diskFiles(disk)
  const firstFile = await files.next()
  await files.return(undefined)
  if (!firstFile.done) return true

  const client = db.connection(connectionName)
  const bookkeeping = migrationsTable(connectionName)
  const tables = await listTables(client)
  const counts = await rowCounts(
    client,
    tables.filter((table) => table !== bookkeeping && table !== `${bookkeeping}_versions`)
  )
  if (counts.size === 0) return false
  const seeded = await rowsFromMigrations(connectionName, await appliedMigrations(client))
  return [...counts].some(([table, rows]) => rows > (seeded.get(table) ?? 0))
}
