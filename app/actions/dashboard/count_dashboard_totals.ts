import { DateTime } from 'luxon'
import { configProvider } from '@adonisjs/core'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import string from '@adonisjs/core/helpers/string'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { DatabaseQueryBuilderContract } from '@adonisjs/lucid/types/querybuilder'
import { sqlMoment } from '#actions/dashboard/sql_dates'

type Since = { sevenDaysAgo: string; thirtyDaysAgo: string; sessionExpiry: string }
type CountQuery = (client: QueryClientContract, since: Since) => DatabaseQueryBuilderContract

/**
 * The dashboard's figures, in display order, one COUNT query each. A new
 * figure (contents, uploads) is one more line here and a label in
 * resources/lang/<locale>/dashboard.json under `counts`.
 */
const COUNTS = {
  users: (client) => client.from('users'),
  signupsLast7Days: (client, since) =>
    client.from('users').where('created_at', '>=', since.sevenDaysAgo),
  signupsLast30Days: (client, since) =>
    client.from('users').where('created_at', '>=', since.thirtyDaysAgo),
  // Not signed out, and used within the session lifetime: a browser idle
  // longer has lost its session even though nobody ended it.
  activeSessions: (client, since) =>
    client
      .from('user_sessions')
      .whereNull('ended_at')
      .where('last_seen_at', '>=', since.sessionExpiry),
} satisfies Record<string, CountQuery>

let sessionLifetime: number | undefined

/** How long an idle session lives, in seconds, as config/session.ts sets it. */
async function sessionLifetimeSeconds(): Promise<number> {
  if (sessionLifetime === undefined) {
    const config = await configProvider.resolve<{ age: string | number }>(
      app,
      app.config.get('session')
    )
    if (!config) throw new Error('config/session.ts exports no session configuration')
    sessionLifetime = string.seconds.parse(config.age)
  }
  return sessionLifetime
}

export type DashboardCountKey = keyof typeof COUNTS
export type DashboardCounts = Record<DashboardCountKey, number>
export const DASHBOARD_COUNT_KEYS = Object.keys(COUNTS) as DashboardCountKey[]

/** Counts accounts, recent sign-ups and sessions in use. */
export default class CountDashboardTotals {
  /** Every figure of the list above, as of `now`. */
  async handle(now: DateTime = DateTime.now()): Promise<DashboardCounts> {
    const client = db.connection()
    const sessionSeconds = await sessionLifetimeSeconds()
    const since: Since = {
      sevenDaysAgo: sqlMoment(client, now.minus({ days: 7 }), 'local'),
      thirtyDaysAgo: sqlMoment(client, now.minus({ days: 30 }), 'local'),
      sessionExpiry: sqlMoment(client, now.minus({ seconds: sessionSeconds }), 'local'),
    }
    const entries: [DashboardCountKey, number][] = []
    for (const key of DASHBOARD_COUNT_KEYS) {
      const row = await COUNTS[key](client, since).count('* as total').first()
      entries.push([key, Number(row?.total ?? 0)])
    }
    return Object.fromEntries(entries) as DashboardCounts
  }
}
