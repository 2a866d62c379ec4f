import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { sqlMoment } from '#actions/dashboard/sql_dates'

/** Never checked: these accounts are only counted, not signed in. */
const UNUSABLE_HASH = '$scrypt$n=16384,r=8,p=1$unused$unused'

let sequence = 0

/**
 * Inserts member accounts created at the given moments, without hashing a
 * password each, and returns their usernames.
 */
export async function seedUsers(createdAt: DateTime[]): Promise<string[]> {
  const client = db.connection()
  const rows = createdAt.map((moment) => {
    sequence += 1
    return {
      email: `seeded-${sequence}@example.org`,
      username: `seeded${sequence}`,
      password: UNUSABLE_HASH,
      role: 'member',
      created_at: sqlMoment(client, moment, 'local'),
    }
  })
  if (rows.length) await client.table('users').multiInsert(rows)
  return rows.map((row) => row.username)
}

/** Inserts audit events at the given moments, stored as UTC text like the trail's own. */
export async function seedEvents(
  entries: { event: string; at: DateTime; actorId?: number | null; subjectUserId?: number }[]
) {
  const client = db.connection()
  for (const entry of entries) {
    await client.table('audit_events').insert({
      event: entry.event,
      actor_id: entry.actorId ?? null,
      subject_user_id: entry.subjectUserId ?? null,
      via: 'web',
      created_at: sqlMoment(client, entry.at, 'utc'),
    })
  }
}

/** Inserts a tracked browser session of `userId`. */
export async function seedSession(userId: number, lastSeenAt: DateTime, ended = false) {
  const client = db.connection()
  await client.table('user_sessions').insert({
    id: randomUUID(),
    user_id: userId,
    created_at: sqlMoment(client, lastSeenAt, 'local'),
    last_seen_at: sqlMoment(client, lastSeenAt, 'local'),
    ended_at: ended ? sqlMoment(client, lastSeenAt, 'local') : null,
  })
}

export const daysAgo = (days: number) => DateTime.now().minus({ days })

/** The chart data the page embeds, parsed the way the browser script does. */
export function chartData(html: string): {
  days: string[]
  series: { label: string; values: number[] }[]
} {
  const match = /<script type="application\/json" id="dashboard-chart-data">(.*?)<\/script>/s.exec(
    html
  )
  if (!match) throw new Error('The page has no chart data element')
  return JSON.parse(match[1])
}

/** The figure shown on the card of `key`. */
export function countOnPage(html: string, key: string): string | undefined {
  return new RegExp(`data-count="${key}">([^<]*)<`).exec(html)?.[1].trim()
}
