import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import mail from '@adonisjs/mail/services/main'
import type User from '#models/user'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import EndUserSessions from '#actions/sessions/end_user_sessions'
import type { Actor } from '#actions/users/actor'
import PasswordChangedNotification from '#mails/password_changed_notification'

export type PasswordChangeOptions = {
  /** The browser making the change stays signed in; every other one is signed out. */
  exceptSessionId?: string
}

/**
 * Gives an account a new password (already validated) and signs out every
 * browser but the one making the change, "remember me" tokens included,
 * so whoever knew the old password loses access; the owner is told by
 * email, in case it was not them.
 */
export default class ChangePassword {
  async handle(user: User, password: string, actor: Actor, options: PasswordChangeOptions = {}) {
    await db.transaction(async (trx) => {
      user.useTransaction(trx)
      user.password = password
      user.passwordChangedAt = DateTime.now()
      await user.save()

      const ended = await new EndUserSessions().handle(user.id, {
        exceptSessionId: options.exceptSessionId,
        client: trx,
      })
      await new RecordAuditEvent().handle(
        {
          ...actor,
          event: 'user.password.changed',
          subjectUserId: user.id,
          details: { sessionsEnded: ended },
        },
        trx
      )
    })
    await mail.sendLater(new PasswordChangedNotification(user))
  }
}
