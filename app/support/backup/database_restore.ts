import { StringDecoder } from 'node:string_decoder'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { engineOf } from '#support/backup/column_types'
import { listTables, tableColumns } from '#support/backup/table_introspection'
import { tablesParentsFirst } from '#support/backup/table_order'
import { appliedMigrations, runMigrations } from '#support/backup/schema_migrations'
import { type ArchiveMember, readArchive } from '#support/backup/archive_reader'
import { BackupError } from '#support/backup/backup_error'
import { isTableMember } from '#support/backup/member_paths'
import type { ArchivedTable, BackupManifest } from '#support/backup/manifest'
import type { ProgressListener } from '#support/backup/progress'
import {
  dropFullTextTables,
  dropTables,
  emptyTables,
  enforceForeignKeys,
  rebuildFullTextIndexes,
  relaxForeignKeys,
  resetSequences,
  TableWriter,
} from '#support/backup/table_loader'

export type DatabaseRestoreOptions = {
  file: string
  passphrase?: string
  /** The manifest of the archive, already checked end to end. */
  manifest: BackupManifest
  connectionName: string
  /** Whether the target holds data (only a blank or empty MySQL schema may be rebuilt). */
  targetHoldsData: boolean
  onUpload?: (member: ArchiveMember) => Promise<void>
  onProgress?: ProgressListener
}

/** Splits a member's bytes into JSON lines without holding more than one chunk. */
async function* jsonLines(content: AsyncIterable<Buffer>, table: string) {
  const decoder = new StringDecoder('utf8')
  let rest = ''
  let line = 0
  const parse = (text: string) => {
    line++
    try {
      return JSON.parse(text) as unknown[]
    } catch {
      throw new BackupError('E_BACKUP_CORRUPT', `Line ${line} of ${table} is not valid JSON.`)
    }
  }
  for await (const chunk of content) {
    const lines = (rest + decoder.write(chunk)).split('\n')
    rest = lines.pop()!
    for (const text of lines) yield parse(text)
  }
  rest += decoder.end()
  if (rest.length > 0) yield parse(rest)
}

function sameNames(a: string[], b: string[]) {
  const set = new Set(a)
  return a.length === b.length && b.every((name) => set.has(name))
}

/**
 * Reads the archive a second time and writes every table's rows through
 * `trx`, after emptying the tables; uploads go to `onUpload`.
 */
async function loadRows(trx: QueryClientContract, options: DatabaseRestoreOptions) {
  const { manifest } = options
  const present = new Set(await listTables(trx))
  const missing = manifest.tables.find((table) => !present.has(table.name))
  if (missing) {
    throw new BackupError(
      'E_BACKUP_SCHEMA_MISMATCH',
      `The archive has a table ${missing.name} that the database's migrations do not create.`
    )
  }
  await emptyTables(
    trx,
    manifest.tables.map((table) => table.name)
  )

  const byMember = new Map<string, ArchivedTable>(manifest.tables.map((t) => [t.member, t]))
  const total = manifest.tables.reduce((sum, table) => sum + table.rows, 0)
  let done = 0
  await readArchive(options.file, options.passphrase, async (member) => {
    if (!isTableMember(member.path)) return options.onUpload?.(member)
    const table = byMember.get(member.path)
    if (!table) return
    const writer = new TableWriter(trx, table, await tableColumns(trx, table.name))
    for await (const values of jsonLines(member.content, table.name)) {
      await writer.add(values)
      if (++done % 1000 === 0) options.onProgress?.({ phase: 'restore', done, total })
    }
    await writer.flush()
    if (writer.rows !== table.rows) {
      throw new BackupError(
        'E_BACKUP_ROW_COUNT',
        `Table ${table.name} holds ${writer.rows} rows in the archive, but its manifest says ${table.rows}.`
      )
    }
  })
  options.onProgress?.({ phase: 'restore', done: total, total })
  await resetSequences(trx)
  await rebuildFullTextIndexes(trx)
  return done
}

/** Whether the target's schema is the archive's: same migrations, every table present. */
async function schemaMatches(client: QueryClientContract, manifest: BackupManifest) {
  const tables = new Set(await listTables(client))
  const applied = await appliedMigrations(client)
  return (
    sameNames(applied, manifest.migrations) &&
    manifest.tables.every((table) => tables.has(table.name))
  )
}

async function rebuildSchema(client: QueryClientContract, manifest: BackupManifest) {
  await dropTables(client, await tablesParentsFirst(client, await listTables(client)))
  await dropFullTextTables(client)
  await runMigrations(client, manifest.migrations)
}

/**
 * SQLite and PostgreSQL run DDL inside transactions: dropping the old
 * tables, running the archive's migrations and loading every row happen in
 * one, so a failure anywhere leaves the database exactly as it was.
 */
async function restoreInOneTransaction(options: DatabaseRestoreOptions) {
  const client = db.connection(options.connectionName)
  return client.transaction(async (trx) => {
    await relaxForeignKeys(trx)
    if (!(await schemaMatches(trx, options.manifest))) await rebuildSchema(trx, options.manifest)
    return loadRows(trx, options)
  })
}

/**
 * MySQL commits every DDL statement on its own, so a schema can only be
 * rebuilt on a database with nothing to lose; the rows are then loaded in
 * one transaction, and a failed load drops the tables it had created.
 */
async function restoreOnMysql(options: DatabaseRestoreOptions) {
  const client = db.connection(options.connectionName)
  const rebuild = !(await schemaMatches(client, options.manifest))
  if (rebuild && options.targetHoldsData) {
    throw new BackupError(
      'E_BACKUP_SCHEMA_MISMATCH',
      'On MySQL a database holding data can only be replaced by an archive taken at the same migrations: run `node ace migration:run` or `migration:rollback` to match the archive, or restore into an empty database.'
    )
  }
  if (rebuild) {
    await client.transaction(async (trx) => {
      await relaxForeignKeys(trx)
      await dropTables(trx, await listTables(trx))
      await enforceForeignKeys(trx)
    })
    await runMigrations(client, options.manifest.migrations)
  }
  try {
    return await client.transaction(async (trx) => {
      await relaxForeignKeys(trx)
      try {
        return await loadRows(trx, options)
      } finally {
        await enforceForeignKeys(trx)
      }
    })
  } catch (error) {
    if (rebuild)
      await client.transaction(async (trx) => {
        await relaxForeignKeys(trx)
        await dropTables(trx, await listTables(trx))
        await enforceForeignKeys(trx)
      })
    throw error
  }
}

/**
 * Writes an archive's database into the named connection, all or nothing:
 * the schema is brought to the archive's migrations when it differs (the
 * app's own migration files, run up to that set, so nothing the archive
 * holds is re-run), then every table is emptied and reloaded. Returns the
 * number of rows written.
 */
export async function restoreDatabase(options: DatabaseRestoreOptions): Promise<number> {
  const engine = engineOf(db.connection(options.connectionName))
  return engine === 'mysql' ? restoreOnMysql(options) : restoreInOneTransaction(options)
}
