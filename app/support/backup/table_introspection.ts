/*
| Schema questions asked through the given client with plain SQL. Lucid's
| own helpers (getAllTables, getPrimaryKeys) run on the connection's pool
| even when called on a transaction, which would read outside the snapshot
| and, on SQLite's single connection, wait forever for it.
*/
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { engineOf, portableType, type TableColumn } from '#support/backup/column_types'

function quoted(client: QueryClientContract, table: string) {
  return client.getReadClient().ref(table).toSQL().sql
}

/** Rows of a raw query, whatever the driver's result shape. */
async function rows<T>(client: QueryClientContract, sql: string, bindings: any[] = []) {
  const result = await client.rawQuery(sql, bindings)
  const engine = engineOf(client)
  if (engine === 'pg') return result.rows as T[]
  if (engine === 'mysql') return result[0] as T[]
  return result as T[]
}

/**
 * The database's own tables, by name. On SQLite, neither its internal
 * tables nor virtual tables (the full-text index) and their shadow tables:
 * those hold no data of their own, only what is derived from real tables.
 */
export async function listTables(client: QueryClientContract): Promise<string[]> {
  const engine = engineOf(client)
  const sql =
    engine === 'sqlite'
      ? `select name from pragma_table_list where schema = 'main' and type = 'table' and name not like 'sqlite_%' order by name`
      : engine === 'pg'
        ? `select tablename as name from pg_tables where schemaname = current_schema() order by tablename`
        : `select TABLE_NAME as name from information_schema.TABLES
           where TABLE_SCHEMA = database() and TABLE_TYPE = 'BASE TABLE' order by TABLE_NAME`
  const tables = await rows<{ name: string }>(client, sql)
  return tables.map((row) => row.name)
}

/** SQLite's FTS5 tables (indexes over real tables' text), by name; none elsewhere. */
export async function fullTextTables(client: QueryClientContract): Promise<string[]> {
  if (engineOf(client) !== 'sqlite') return []
  const tables = await rows<{ name: string }>(
    client,
    `select t.name from pragma_table_list t join sqlite_master m on m.name = t.name
     where t.schema = 'main' and t.type = 'virtual' and lower(m.sql) like '%using fts5%' order by t.name`
  )
  return tables.map((row) => row.name)
}

/** The columns of a table in their declared order, with portable types. */
export async function tableColumns(
  client: QueryClientContract,
  table: string
): Promise<TableColumn[]> {
  const engine = engineOf(client)
  if (engine === 'sqlite') {
    const info = await rows<{ name: string; type: string }>(
      client,
      `PRAGMA table_info(${quoted(client, table)})`
    )
    return info.map((row) => ({ name: row.name, type: portableType(row.type) }))
  }
  if (engine === 'pg') {
    const info = await rows<{ name: string; type: string }>(
      client,
      `select column_name as name, data_type as type from information_schema.columns
       where table_schema = current_schema() and table_name = ? order by ordinal_position`,
      [table]
    )
    return info.map((row) => ({ name: row.name, type: portableType(row.type) }))
  }
  const info = await rows<{ name: string; type: string; full_type: string }>(
    client,
    `select COLUMN_NAME as name, DATA_TYPE as type, COLUMN_TYPE as full_type
     from information_schema.COLUMNS
     where TABLE_SCHEMA = database() and TABLE_NAME = ? order by ORDINAL_POSITION`,
    [table]
  )
  return info.map((row) => ({
    name: row.name,
    type: portableType(row.type, String(row.full_type).toLowerCase()),
  }))
}

/** The primary key columns of a table, in key order; empty when it has none. */
export async function primaryKey(client: QueryClientContract, table: string): Promise<string[]> {
  const engine = engineOf(client)
  if (engine === 'sqlite') {
    const info = await rows<{ name: string; pk: number }>(
      client,
      `PRAGMA table_info(${quoted(client, table)})`
    )
    return info
      .filter((row) => row.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((row) => row.name)
  }
  const sql =
    engine === 'pg'
      ? `select a.attname as name from pg_index i
         join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
         join pg_class c on c.oid = i.indrelid
         where c.relname = ? and c.relnamespace = current_schema()::regnamespace and i.indisprimary
         order by array_position(i.indkey::int2[], a.attnum)`
      : `select COLUMN_NAME as name from information_schema.KEY_COLUMN_USAGE
         where TABLE_SCHEMA = database() and TABLE_NAME = ? and CONSTRAINT_NAME = 'PRIMARY'
         order by ORDINAL_POSITION`
  const keys = await rows<{ name: string }>(client, sql, [table])
  return keys.map((row) => row.name)
}

/** Which table points at which, through foreign keys. */
export async function foreignKeys(
  client: QueryClientContract,
  tables: string[]
): Promise<{ table: string; references: string }[]> {
  const engine = engineOf(client)
  if (engine === 'sqlite') {
    const references = []
    for (const table of tables) {
      const list = await rows<{ table: string }>(
        client,
        `PRAGMA foreign_key_list(${quoted(client, table)})`
      )
      references.push(...list.map((row) => ({ table, references: row.table })))
    }
    return references
  }
  const sql =
    engine === 'pg'
      ? `select child.relname as "table", parent.relname as "references"
         from pg_constraint c
         join pg_class child on child.oid = c.conrelid
         join pg_class parent on parent.oid = c.confrelid
         where c.contype = 'f' and c.connamespace = current_schema()::regnamespace`
      : `select TABLE_NAME as \`table\`, REFERENCED_TABLE_NAME as \`references\`
         from information_schema.KEY_COLUMN_USAGE
         where TABLE_SCHEMA = database() and REFERENCED_TABLE_NAME is not null`
  return rows(client, sql)
}
