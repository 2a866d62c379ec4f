import { DatabaseSync } from 'node:sqlite'
import { DateTime } from 'luxon'
import { randomSource } from './random_source.ts'

/** Lucid writes users' and sessions' times in local time; the audit trail writes UTC. */
const TIME_FORMAT = 'yyyy-MM-dd HH:mm:ss'
const local = (time: DateTime) => time.toLocal().toFormat(TIME_FORMAT)
const utc = (time: DateTime) => time.toUTC().toFormat(TIME_FORMAT)

export type Seeded = { users: number; sessions: number; events: number }

/**
 * Adds member accounts with what their use leaves behind: created over
 * the past two years; zero to three browser sessions each, most ended or
 * long idle; in the audit trail a sign-up and up to a dozen sign-ins and
 * the odd failure over the past 90 days. Written straight to the SQLite
 * file in one transaction: going through the app would hash a password
 * per account and take minutes.
 */
export function seedAccounts(databasePath: string, count: number, seed = 1): Seeded {
  const random = randomSource(seed)
  const now = DateTime.now()
  const ago = (days: number) =>
    now.minus({ milliseconds: Math.floor(random() * days * 86_400_000) })
  const db = new DatabaseSync(databasePath)
  const { password, lastId } = db
    .prepare(
      'select (select password from users order by id limit 1) as password, max(id) as lastId from users'
    )
    .get() as { password: string; lastId: number }

  const insertUser = db.prepare(
    `insert into users (email, username, password, role, created_at, updated_at, email_verified_at)
     values (?, ?, ?, 'member', ?, ?, ?)`
  )
  const insertSession = db.prepare(
    `insert into user_sessions (id, user_id, ip, user_agent, created_at, last_seen_at, ended_at)
     values (?, ?, '198.51.100.7', 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0', ?, ?, ?)`
  )
  const insertEvent = db.prepare(
    `insert into audit_events (event, actor_id, subject_user_id, via, ip, user_agent, created_at)
     values (?, ?, ?, 'web', '198.51.100.7', 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0', ?)`
  )

  const seeded: Seeded = { users: 0, sessions: 0, events: 0 }
  const events: { event: string; actorId: number | null; userId: number; at: DateTime }[] = []
  db.exec('begin')
  for (let index = 1; index <= count; index++) {
    const number = lastId + index
    const createdAt = ago(730)
    const { lastInsertRowid } = insertUser.run(
      `member${number}@example.org`,
      `member${number}`,
      password,
      local(createdAt),
      local(createdAt),
      random() < 0.8 ? local(createdAt) : null
    )
    const userId = Number(lastInsertRowid)
    seeded.users++

    for (let session = Math.floor(random() * 4); session > 0; session--) {
      // One session in twenty is in use right now; the rest idle or ended.
      const lastSeen = random() < 0.05 ? ago(0.04) : ago(30)
      const ended = random() < 0.6 ? local(lastSeen) : null
      insertSession.run(crypto.randomUUID(), userId, local(lastSeen), local(lastSeen), ended)
      seeded.sessions++
    }

    if (createdAt > now.minus({ days: 90 })) {
      events.push({ event: 'auth.registered', actorId: userId, userId, at: createdAt })
    }
    for (let login = Math.floor(random() * 13); login > 0; login--) {
      const failed = random() < 0.1
      events.push({
        event: failed ? 'auth.login.failed' : 'auth.login.succeeded',
        actorId: failed ? null : userId,
        userId,
        at: ago(90),
      })
    }
  }
  // The trail is append-only: ids follow time, as in a real one.
  events.sort((a, b) => a.at.toMillis() - b.at.toMillis())
  for (const { event, actorId, userId, at } of events) {
    insertEvent.run(event, actorId, userId, utc(at))
  }
  seeded.events = events.length
  db.exec('commit')
  db.close()
  return seeded
}
