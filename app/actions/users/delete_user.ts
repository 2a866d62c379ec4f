import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import { ensureAnotherAdmin } from '#actions/users/last_admin'
import type { Actor } from '#actions/users/actor'

/**
 * Deletes an account with its tokens, sessions and recovery codes (the
 * foreign keys cascade); the last administrator cannot be deleted.
 */
export default class DeleteUser {
  async handle(user: User, actor: Actor) {
    await db.transaction(async (trx) => {
      await ensureAnotherAdmin(user, trx)
      // The trail keeps who it was: the subject link is cleared with the row.
      await new RecordAuditEvent().handle(
        {
          ...actor,
          event: 'user.deleted',
          subjectUserId: user.id,
          details: { id: user.id, email: user.email, username: user.username, role: user.role },
        },
        trx
      )
      await user.useTransaction(trx).delete()
    })
  }
}
