import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { DatabaseQueryBuilderContract } from '@adonisjs/lucid/types/querybuilder'
import { sqlMoment, type StoredZone, utcDaySql } from '#actions/dashboard/sql_dates'

/** How many days the chart covers, today included. */
export const SERIES_DAYS = 30

export const LOGIN_EVENT = 'auth.login.succeeded'

/** One value per day, oldest first; `days` are UTC dates as 'YYYY-MM-DD'. */
export type DailyActivity = { days: string[]; signups: number[]; logins: number[] }

/**
 * Sign-ups and successful sign-ins per UTC day over the last 30 days: one
 * grouped query for each, days without any counted as zero.
 */
export default class SummarizeDailyActivity {
  /** The series ending on the UTC day of `now`. */
  async handle(now: DateTime = DateTime.now()): Promise<DailyActivity> {
    const firstDay = now
      .toUTC()
      .startOf('day')
      .minus({ days: SERIES_DAYS - 1 })
    const days = Array.from({ length: SERIES_DAYS }, (_, index) =>
      firstDay.plus({ days: index }).toISODate()!
    )
    const signups = await this.perDay('users', 'local', firstDay)
    // Successful sign-ins only: the trail also records failures and much else.
    const logins = await this.perDay('audit_events', 'utc', firstDay, (query) =>
      query.where('event', LOGIN_EVENT)
    )
    return {
      days,
      signups: days.map((day) => signups.get(day) ?? 0),
      logins: days.map((day) => logins.get(day) ?? 0),
    }
  }

  /** Rows of `table` created since `firstDay`, counted per UTC day in one grouped query. */
  protected async perDay(
    table: string,
    stored: StoredZone,
    firstDay: DateTime,
    narrow: (query: DatabaseQueryBuilderContract) => void = () => {}
  ): Promise<Map<string, number>> {
    const client = db.connection()
    const day = utcDaySql(client, 'created_at', stored)
    const query = client
      .from(table)
      .select(db.raw(`${day} as day`))
      .count('* as total')
      .where('created_at', '>=', sqlMoment(client, firstDay, stored))
      .groupByRaw(day)
    narrow(query)
    const rows: { day: string; total: number | string }[] = await query
    return new Map(rows.map((row) => [String(row.day), Number(row.total)]))
  }
}
