import { DateTime } from 'luxon'
import type { DatabaseEngine } from '#support/database_connection'
import type { ColumnType } from '#support/backup/column_types'

/*
| SQLite keeps dates as the text it is given. Lucid writes them as
| "yyyy-MM-dd HH:mm:ss" in the process's time zone and reads them back the
| same way, so that is how they are read here and written back.
*/
const SQLITE_DATETIME = 'yyyy-MM-dd HH:mm:ss'

function parseDateTime(value: string): Date | null {
  let parsed = DateTime.fromSQL(value)
  if (!parsed.isValid) parsed = DateTime.fromISO(value)
  return parsed.isValid ? parsed.toJSDate() : null
}

function localDate(value: Date): string {
  return DateTime.fromJSDate(value).toFormat('yyyy-MM-dd')
}

function toSafeNumber(value: string | bigint): number | string {
  const big = BigInt(value)
  return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(big)
    : big.toString()
}

/**
 * A value as the archive stores it: dates in ISO UTC, booleans as
 * true/false, bytes in base64, JSON as its text, big integers as numbers
 * when exact (strings otherwise). A value that does not fit its column's
 * type is kept as it is rather than lost.
 */
export function toArchiveValue(value: unknown, type: ColumnType, engine: DatabaseEngine): unknown {
  if (value === null || value === undefined) return null
  switch (type) {
    case 'boolean':
      return typeof value === 'boolean' ? value : Boolean(Number(value))
    case 'datetime':
      if (value instanceof Date) return value.toISOString()
      if (typeof value === 'number') return new Date(value).toISOString()
      return parseDateTime(String(value))?.toISOString() ?? value
    case 'date': {
      if (value instanceof Date) return localDate(value)
      const text = String(value)
      return /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : value
    }
    case 'binary':
      return Buffer.isBuffer(value) || value instanceof Uint8Array
        ? Buffer.from(value).toString('base64')
        : Buffer.from(String(value)).toString('base64')
    case 'json':
      // pg and mysql2 hand JSON columns over parsed; SQLite keeps the text as written.
      return engine === 'sqlite' && typeof value === 'string' ? value : JSON.stringify(value)
    case 'bigint':
      if (typeof value === 'bigint') return toSafeNumber(value)
      return typeof value === 'string' && /^-?\d+$/.test(value) ? toSafeNumber(value) : value
    case 'decimal':
      return String(value)
    case 'integer':
    case 'number':
      return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))
        ? Number(value)
        : value
    default:
      if (Buffer.isBuffer(value)) return value.toString('utf8')
      if (value instanceof Date) return value.toISOString()
      if (typeof value === 'object') return JSON.stringify(value)
      return value
  }
}

/** Undoes the archive's encoding: Date, boolean and Buffer values come back. */
function fromArchive(value: unknown, archived: ColumnType): unknown {
  if (archived === 'boolean') return value
  if (archived === 'binary' && typeof value === 'string') return Buffer.from(value, 'base64')
  if (archived === 'datetime' && typeof value === 'string') {
    const parsed = new Date(value)
    return Number.isNaN(parsed.getTime()) ? value : parsed
  }
  return value
}

function sqliteDateTime(value: Date): string {
  const moment = DateTime.fromJSDate(value)
  return moment.toFormat(moment.millisecond ? `${SQLITE_DATETIME}.SSS` : SQLITE_DATETIME)
}

/** A value from the archive as the target column on the target engine takes it. */
export function toTargetValue(
  value: unknown,
  archived: ColumnType,
  target: ColumnType,
  engine: DatabaseEngine
): unknown {
  if (value === null || value === undefined) return null
  const plain = fromArchive(value, archived)
  switch (target) {
    case 'boolean': {
      const flag = typeof plain === 'boolean' ? plain : Boolean(Number(plain))
      return engine === 'pg' ? flag : flag ? 1 : 0
    }
    case 'datetime':
      if (!(plain instanceof Date)) return plain
      return engine === 'sqlite' ? sqliteDateTime(plain) : plain
    case 'date':
      return plain instanceof Date ? localDate(plain) : plain
    case 'json':
      return typeof plain === 'string' ? plain : JSON.stringify(plain)
    case 'binary':
      return Buffer.isBuffer(plain) ? plain : Buffer.from(String(plain))
    default:
      if (plain instanceof Date) return engine === 'sqlite' ? sqliteDateTime(plain) : plain
      if (typeof plain === 'boolean' && engine !== 'pg') return plain ? 1 : 0
      return plain
  }
}
