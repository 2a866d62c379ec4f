import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { engineOf, type TableColumn } from '#support/backup/column_types'
import { toTargetValue } from '#support/backup/value_codec'
import { BackupError } from '#support/backup/backup_error'
import { fullTextTables } from '#support/backup/table_introspection'
import type { ArchivedTable } from '#support/backup/manifest'

/** Bound values per INSERT, under every engine's limit; SQLite also caps a compound SELECT at 500 rows. */
const MAX_BINDINGS = 10_000
const MAX_ROWS = 400

function quote(client: QueryClientContract, table: string) {
  return client.getWriteClient().ref(table).toSQL().sql
}

/**
 * Lets rows arrive in any order for the rest of the transaction: SQLite
 * checks foreign keys at commit, MySQL not at all while loading. PostgreSQL
 * cannot defer the constraints migrations create, so it relies on the
 * archive listing parent tables first.
 */
export async function relaxForeignKeys(client: QueryClientContract) {
  const engine = engineOf(client)
  if (engine === 'sqlite') await client.rawQuery('PRAGMA defer_foreign_keys = ON')
  if (engine === 'mysql') await client.rawQuery('SET FOREIGN_KEY_CHECKS = 0')
}

export async function enforceForeignKeys(client: QueryClientContract) {
  if (engineOf(client) === 'mysql') await client.rawQuery('SET FOREIGN_KEY_CHECKS = 1')
}

/** Drops the given tables (listed parents first), children before their parents. */
export async function dropTables(client: QueryClientContract, parentsFirst: string[]) {
  if (parentsFirst.length === 0) return
  const engine = engineOf(client)
  const names = [...parentsFirst].reverse().map((table) => quote(client, table))
  if (engine === 'sqlite') {
    for (const name of names) await client.rawQuery(`DROP TABLE ${name}`)
  } else {
    await client.rawQuery(`DROP TABLE ${names.join(', ')}${engine === 'pg' ? ' CASCADE' : ''}`)
  }
}

/**
 * Drops SQLite's full-text tables (their shadow tables go with them), which
 * listTables leaves out, so the migrations can create them again.
 */
export async function dropFullTextTables(client: QueryClientContract) {
  for (const table of await fullTextTables(client)) {
    await client.rawQuery(`DROP TABLE ${quote(client, table)}`)
  }
}

/**
 * Rebuilds SQLite's full-text indexes from the rows of the tables they
 * index. Triggers kept them in step while rows were deleted and loaded;
 * rebuilding makes sure they hold exactly what was restored.
 */
export async function rebuildFullTextIndexes(client: QueryClientContract) {
  for (const table of await fullTextTables(client)) {
    await client.rawQuery(
      `INSERT INTO ${quote(client, table)}(${quote(client, table)}) VALUES ('rebuild')`
    )
  }
}

/** Deletes every row of the given tables (listed parents first), children first. */
export async function emptyTables(client: QueryClientContract, parentsFirst: string[]) {
  for (const table of [...parentsFirst].reverse()) {
    await client.from(table).delete()
  }
}

/**
 * Moves each serial column's sequence past the highest id restored, so the
 * next insert does not collide (PostgreSQL only: MySQL and SQLite do it).
 */
export async function resetSequences(client: QueryClientContract) {
  if (engineOf(client) !== 'pg') return
  const result = await client.rawQuery(
    `select table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) as seq
     from information_schema.columns
     where table_schema = current_schema() and column_default like 'nextval(%'`
  )
  for (const row of result.rows as { table_name: string; column_name: string; seq: string }[]) {
    if (!row.seq) continue
    await client.rawQuery(
      `select setval(?, coalesce((select max(??) from ??), 1), (select max(??) from ??) is not null)`,
      [row.seq, row.column_name, row.table_name, row.column_name, row.table_name]
    )
  }
}

/**
 * Inserts one archived table's rows into the target in batches, turning
 * each value into what the target column takes on its engine.
 */
export class TableWriter {
  private batch: Record<string, unknown>[] = []
  private readonly batchSize: number
  private readonly targets: (TableColumn & { archived: TableColumn['type'] })[]
  private readonly engine
  rows = 0

  constructor(
    private client: QueryClientContract,
    private table: ArchivedTable,
    targetColumns: TableColumn[]
  ) {
    this.engine = engineOf(client)
    this.targets = table.columns.map((column) => {
      const target = targetColumns.find((candidate) => candidate.name === column.name)
      if (!target) {
        throw new BackupError(
          'E_BACKUP_SCHEMA_MISMATCH',
          `The archive has a column ${table.name}.${column.name} that the database lacks.`
        )
      }
      return { ...target, archived: column.type }
    })
    this.batchSize = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_BINDINGS / this.targets.length)))
  }

  async add(values: unknown[]) {
    if (!Array.isArray(values) || values.length !== this.targets.length) {
      throw new BackupError(
        'E_BACKUP_CORRUPT',
        `Row ${this.rows + this.batch.length + 1} of ${this.table.name} does not match its columns.`
      )
    }
    const row: Record<string, unknown> = {}
    this.targets.forEach((column, index) => {
      row[column.name] = toTargetValue(values[index], column.archived, column.type, this.engine)
    })
    this.batch.push(row)
    if (this.batch.length >= this.batchSize) await this.flush()
  }

  async flush() {
    if (this.batch.length === 0) return
    const rows = this.batch
    this.batch = []
    await this.client.insertQuery().table(this.table.name).multiInsert(rows)
    this.rows += rows.length
  }
}
