import { DateTime } from 'luxon'
import type User from '#models/user'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import type { Actor } from '#actions/users/actor'

/** Marks an account's email address as confirmed without the emailed link. */
export default class VerifyUserEmail {
  /** Returns false when the address was already confirmed. */
  async handle(user: User, actor: Actor): Promise<boolean> {
    if (user.emailVerifiedAt) return false
    user.emailVerifiedAt = DateTime.now()
    await user.save()
    await new RecordAuditEvent().handle({
      ...actor,
      event: 'user.email.verified',
      subjectUserId: user.id,
    })
    return true
  }
}
