import type User from '#models/user'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import type { Actor } from '#actions/users/actor'

/** Lifts a lock, whether set by an admin or by failed sign-ins, and forgets those failures. */
export default class UnlockUser {
  async handle(user: User, actor: Actor) {
    const previous = user.lockedUntil?.toISO() ?? null
    user.lockedUntil = null
    user.failedLoginCount = 0
    await user.save()
    await new RecordAuditEvent().handle({
      ...actor,
      event: 'user.unlocked',
      subjectUserId: user.id,
      changes: { before: { lockedUntil: previous }, after: { lockedUntil: null } },
    })
  }
}
