import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { DatabaseEngine } from '#support/database_connection'

/**
 * The portable type of a column. Values are written to the archive in one
 * form per type (ISO UTC dates, true/false, base64 bytes, JSON text) and
 * turned back into what the target engine expects.
 */
export type ColumnType =
  | 'boolean'
  | 'datetime'
  | 'date'
  | 'binary'
  | 'json'
  | 'integer'
  | 'bigint'
  | 'number'
  | 'decimal'
  | 'string'

export type TableColumn = { name: string; type: ColumnType }

/** The engine behind a connection, as DB_CONNECTION names it. */
export function engineOf(client: QueryClientContract): DatabaseEngine {
  const name = client.dialect.name
  if (name === 'postgres') return 'pg'
  if (name === 'mysql') return 'mysql'
  return 'sqlite'
}

/** Maps a declared SQL type (any engine, lower case) to its portable type. */
export function portableType(declared: string, mysqlColumnType = ''): ColumnType {
  const type = declared.toLowerCase().trim()
  if (type === 'boolean' || type === 'bool' || mysqlColumnType.startsWith('tinyint(1)')) {
    return 'boolean'
  }
  if (type.startsWith('timestamp') || type.startsWith('datetime')) return 'datetime'
  if (type === 'date') return 'date'
  if (/blob|bytea|binary/.test(type)) return 'binary'
  if (type === 'json' || type === 'jsonb') return 'json'
  if (type === 'bigint' || type === 'int8' || type.startsWith('bigint')) return 'bigint'
  if (/^(int|integer|smallint|mediumint|tinyint|int2|int4|serial)\b/.test(type)) return 'integer'
  if (/^(decimal|numeric)/.test(type)) return 'decimal'
  if (/^(real|float|double)/.test(type)) return 'number'
  return 'string'
}
