import { createHash, randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { MigrationRunner } from '@adonisjs/lucid/migration'
import { Disk } from '@adonisjs/drive'
import { FSDriver } from '@adonisjs/drive/drivers/fs'
import type { TestContext } from '@japa/runner/core'
import { type DatabaseChoice, databaseConnectionConfig } from '#support/database_connection'
import { engineOf } from '#support/backup/column_types'
import { listTables, primaryKey, tableColumns } from '#support/backup/table_introspection'
import { toArchiveValue } from '#support/backup/value_codec'
import { diskFiles } from '#support/backup/uploads_snapshot'

export const PASSPHRASE = 'correct horse battery staple'

/** A table the app does not have, added by a migration only these tests run. */
export const FIXTURE_MIGRATIONS = './tests/functional/backup/fixtures/migrations'

type Cleanup = TestContext['cleanup']

/** A folder for one test, deleted when it ends. */
export async function scratchFolder(cleanup: Cleanup): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'filamenta-backup-test-'))
  cleanup(() => rm(folder, { recursive: true, force: true }))
  return folder
}

/** An uploads disk on a folder of its own, through the same drive API the app uses. */
export function folderDisk(location: string): Disk {
  return new Disk(new FSDriver({ location, visibility: 'private' }))
}

/**
 * A connection of its own (a scratch SQLite file unless another database is
 * named), closed when the test ends. With `fixtures`, its migrations include
 * the test-only table.
 */
export async function addConnection(
  cleanup: Cleanup,
  choice: DatabaseChoice,
  options: { fixtures?: boolean } = {}
): Promise<string> {
  const name = `backup_test_${randomUUID().slice(0, 8)}`
  const paths = ['./database/migrations', ...(options.fixtures ? [FIXTURE_MIGRATIONS] : [])]
  db.manager.add(name, {
    ...databaseConnectionConfig(choice),
    migrations: { naturalSort: true, paths },
  })
  cleanup(() => db.manager.close(name, true))
  return name
}

/** A blank SQLite database in `folder`. */
export function scratchSqlite(cleanup: Cleanup, folder: string, options = { fixtures: false }) {
  return addConnection(
    cleanup,
    { engine: 'sqlite', path: join(folder, `${randomUUID()}.sqlite3`) },
    options
  )
}

/** Runs every migration of a connection, as `migration:run` would. */
export async function migrate(connectionName: string) {
  const runner = new MigrationRunner(db, app, { direction: 'up', connectionName })
  await runner.run()
  if (runner.error) throw runner.error
}

/**
 * Every table's rows in primary-key order, each value as the archive writes
 * it, so databases on different engines can be compared.
 */
export async function portableRows(connectionName: string) {
  const client = db.connection(connectionName)
  const engine = engineOf(client)
  const tables: Record<string, unknown[][]> = {}
  for (const table of await listTables(client)) {
    const columns = await tableColumns(client, table)
    const keys = await primaryKey(client, table)
    const names = columns.map((column) => column.name)
    const rows = await client
      .from(table)
      .select(names)
      .orderBy((keys.length ? keys : names).map((column) => ({ column })))
    tables[table] = rows.map((row: Record<string, unknown>) =>
      columns.map((column) => toArchiveValue(row[column.name], column.type, engine))
    )
  }
  return tables
}

/** Every table's rows exactly as the driver returns them, for comparisons on one engine. */
export async function rawRows(connectionName: string) {
  const client = db.connection(connectionName)
  const tables: Record<string, unknown[]> = {}
  for (const table of await listTables(client)) {
    const keys = await primaryKey(client, table)
    const query = client.from(table).select('*')
    tables[table] = await (keys.length ? query.orderBy(keys.map((column) => ({ column }))) : query)
  }
  return tables
}

/** Every file on a disk with the sha256 of its content. */
export async function diskDigests(disk: Disk) {
  const digests: Record<string, string> = {}
  for await (const key of diskFiles(disk)) {
    digests[key] = createHash('sha256')
      .update(await disk.getBytes(key))
      .digest('hex')
  }
  return digests
}
