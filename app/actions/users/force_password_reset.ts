import { randomBytes } from 'node:crypto'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import mail from '@adonisjs/mail/services/main'
import type User from '#models/user'
import * as userTokens from '#support/user_tokens'
import ResetPasswordNotification from '#mails/reset_password_notification'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import EndUserSessions from '#actions/sessions/end_user_sessions'
import { RESET_PASSWORD_TTL } from '#actions/auth/request_password_reset'
import type { Actor } from '#actions/users/actor'

/**
 * Makes the owner choose a new password: the current one stops working at
 * once (replaced by a random one nobody knows), every browser is signed
 * out, and a reset link is mailed. For an account an admin believes is
 * compromised.
 */
export default class ForcePasswordReset {
  async handle(user: User, actor: Actor) {
    const token = await db.transaction(async (trx) => {
      user.useTransaction(trx)
      user.password = randomBytes(32).toString('base64url')
      user.passwordChangedAt = DateTime.now()
      await user.save()
      const ended = await new EndUserSessions().handle(user.id, { client: trx })
      await new RecordAuditEvent().handle(
        {
          ...actor,
          event: 'user.password.reset_forced',
          subjectUserId: user.id,
          details: { sessionsEnded: ended },
        },
        trx
      )
      return userTokens.issue(user, 'reset_password', RESET_PASSWORD_TTL, { client: trx })
    })
    await mail.sendLater(new ResetPasswordNotification(user, token))
  }
}
