import type { DateTime } from 'luxon'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'

/**
 * How a table's timestamps are written on SQLite and MySQL: Lucid's way,
 * in the server's local time ('local': users, sessions), or as UTC text
 * (the audit trail, see app/actions/audit/audit_chain.ts). PostgreSQL
 * columns are `timestamptz` and need no such care.
 */
export type StoredZone = 'local' | 'utc'

/** SQL turning a timestamp column into its UTC calendar day, as 'YYYY-MM-DD'. */
export function utcDaySql(client: QueryClientContract, column: string, stored: StoredZone) {
  switch (client.dialect.name) {
    case 'postgres':
      return `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD')`
    case 'mysql':
      return stored === 'utc'
        ? `date_format(${column}, '%Y-%m-%d')`
        : `date_format(convert_tz(${column}, @@session.time_zone, '+00:00'), '%Y-%m-%d')`
    default:
      return stored === 'utc'
        ? `strftime('%Y-%m-%d', ${column})`
        : `strftime('%Y-%m-%d', ${column}, 'utc')`
  }
}

/**
 * A moment written the way the column's timestamps are, so comparing them
 * compares like with like (SQLite compares the text).
 */
export function sqlMoment(client: QueryClientContract, moment: DateTime, stored: StoredZone) {
  const zoned = stored === 'utc' ? moment.toUTC() : moment.toLocal()
  return zoned.toFormat(client.dialect.dateTimeFormat)
}
