import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import EndUserSessions from '#actions/sessions/end_user_sessions'
import type { Actor } from '#actions/users/actor'

/*
| "Until an admin unlocks it" is stored as a date far ahead. It stays below
| 2038 because MySQL TIMESTAMP columns stop there.
*/
export const LOCKED_UNTIL_UNLOCKED = DateTime.local(2037, 12, 31, 23, 59, 59)

/** True for a lock that lasts until someone lifts it. */
export function isIndefiniteLock(until: DateTime) {
  return until >= LOCKED_UNTIL_UNLOCKED.startOf('day')
}

/**
 * Locks an account for some minutes, or until it is unlocked, and signs out
 * its browsers: a lock set by an admin is meant to take effect now.
 */
export default class LockUser {
  /** Returns the moment the lock ends. */
  async handle(user: User, minutes: number | undefined, actor: Actor): Promise<DateTime> {
    const until = minutes ? DateTime.now().plus({ minutes }) : LOCKED_UNTIL_UNLOCKED
    const previous = user.lockedUntil?.toISO() ?? null
    await db.transaction(async (trx) => {
      user.lockedUntil = until
      await user.useTransaction(trx).save()
      await new EndUserSessions().handle(user.id, { client: trx })
      await new RecordAuditEvent().handle(
        {
          ...actor,
          event: 'user.locked',
          subjectUserId: user.id,
          details: { until: until.toISO(), minutes: minutes ?? null },
          changes: { before: { lockedUntil: previous }, after: { lockedUntil: until.toISO() } },
        },
        trx
      )
    })
    return until
  }
}
