import { join } from 'node:path'
import type { QueryClientContract, TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { DatabaseEngine } from '#support/database_connection'
import { engineOf, type TableColumn } from '#support/backup/column_types'
import { listTables, primaryKey, tableColumns } from '#support/backup/table_introspection'
import { toArchiveValue } from '#support/backup/value_codec'
import { tablesParentsFirst } from '#support/backup/table_order'
import { appliedMigrations } from '#support/backup/schema_migrations'
import { HashingFileWriter } from '#support/backup/hashing_file'
import { tableMember } from '#support/backup/member_paths'
import type { ArchivedTable, MemberDigest } from '#support/backup/manifest'
import type { ProgressListener } from '#support/backup/progress'

/** Rows read per query: big enough to be fast, small enough to keep memory flat. */
const PAGE_SIZE = 500

export type DatabaseSnapshot = {
  engine: DatabaseEngine
  migrations: string[]
  tables: ArchivedTable[]
  digests: Record<string, MemberDigest>
}

/**
 * Reads a table page by page in primary-key order, each page starting after
 * the last key seen, so the cost per page stays the same however big the
 * table is. A table without a primary key is paged by offset.
 */
async function* tablePages(trx: TransactionClientContract, table: string, columns: string[]) {
  const keys = await primaryKey(trx, table)
  let last: unknown[] | undefined
  let offset = 0
  while (true) {
    const query = trx.from(table).select(columns).limit(PAGE_SIZE)
    if (keys.length === 0) {
      query.orderBy(columns.map((column) => ({ column }))).offset(offset)
    } else {
      query.orderBy(keys.map((column) => ({ column })))
      if (last && keys.length === 1) query.where(keys[0], '>', last[0] as any)
      if (last && keys.length > 1) {
        const refs = keys.map(() => '??').join(', ')
        const values = keys.map(() => '?').join(', ')
        query.whereRaw(`(${refs}) > (${values})`, [...keys, ...last] as any[])
      }
    }
    const rows: Record<string, unknown>[] = await query
    if (rows.length === 0) return
    yield rows
    if (rows.length < PAGE_SIZE) return
    offset += rows.length
    const lastRow = rows[rows.length - 1]
    last = keys.map((key) => lastRow[key])
  }
}

async function dumpTable(
  trx: TransactionClientContract,
  table: string,
  columns: TableColumn[],
  file: string,
  onRows: (count: number) => void
) {
  const engine = engineOf(trx)
  const writer = new HashingFileWriter(file)
  let rows = 0
  try {
    const names = columns.map((column) => column.name)
    for await (const page of tablePages(trx, table, names)) {
      let lines = ''
      for (const row of page) {
        const values = columns.map((column) =>
          toArchiveValue(row[column.name], column.type, engine)
        )
        lines += `${JSON.stringify(values)}\n`
      }
      await writer.write(lines)
      rows += page.length
      onRows(page.length)
    }
    return { rows, digest: await writer.close() }
  } catch (error) {
    writer.destroy()
    throw error
  }
}

/**
 * Writes every table of the database as JSON lines (one array of values per
 * row, in the column order the manifest gives) into `folder`, all read in
 * one transaction: REPEATABLE READ on PostgreSQL and MySQL, SQLite's own
 * snapshot otherwise, so writes made meanwhile are either wholly in the
 * archive or wholly absent.
 */
export async function snapshotDatabase(
  client: QueryClientContract,
  folder: string,
  onProgress?: ProgressListener
): Promise<DatabaseSnapshot> {
  const engine = engineOf(client)
  // Lucid applies an isolation level only with the callback form of transaction(); a
  // savepoint inside a caller's transaction inherits that transaction's snapshot instead.
  const isolation =
    engine === 'sqlite' || client.isTransaction
      ? undefined
      : ({ isolationLevel: 'repeatable read' } as const)
  return client.transaction(async (trx) => {
    const migrations = await appliedMigrations(trx)
    const names = await tablesParentsFirst(trx, await listTables(trx))
    let total = 0
    for (const name of names) {
      const [{ total: rows }] = await trx.from(name).count('* as total')
      total += Number(rows)
    }
    let done = 0

    const tables: ArchivedTable[] = []
    const digests: Record<string, MemberDigest> = {}
    for (const name of names) {
      const columns = await tableColumns(trx, name)
      const member = tableMember(name)
      const { rows, digest } = await dumpTable(trx, name, columns, join(folder, member), (n) => {
        done += n
        onProgress?.({ phase: 'tables', done, total, label: name })
      })
      tables.push({ name, member, rows, columns })
      digests[member] = digest
    }
    return { engine, migrations, tables, digests }
  }, isolation)
}
