import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import type { UserRole } from '#models/user'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import { ensureAnotherAdmin } from '#actions/users/last_admin'
import type { Actor } from '#actions/users/actor'

/** Gives an account another role; the last administrator keeps theirs. */
export default class SetUserRole {
  /** Returns false when the account already had that role. */
  async handle(user: User, role: UserRole, actor: Actor): Promise<boolean> {
    if (user.role === role) return false
    await db.transaction(async (trx) => {
      if (user.role === 'admin') await ensureAnotherAdmin(user, trx)
      const previous = user.role
      user.role = role
      await user.useTransaction(trx).save()
      await new RecordAuditEvent().handle(
        {
          ...actor,
          event: 'user.role.changed',
          subjectUserId: user.id,
          details: { from: previous, to: role },
          changes: { before: { role: previous }, after: { role } },
        },
        trx
      )
    })
    return true
  }
}
