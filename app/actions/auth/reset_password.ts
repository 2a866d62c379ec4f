import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import mail from '@adonisjs/mail/services/main'
import User from '#models/user'
import * as userTokens from '#support/user_tokens'
import PasswordChangedNotification from '#mails/password_changed_notification'
import EndUserSessions from '#actions/sessions/end_user_sessions'
import RecordAuditEvent, { type AuditEntry } from '#actions/audit/record_audit_event'

export type PasswordReset = {
  token: unknown
  /** Already validated: strong and confirmed. */
  password: string
  request: Pick<AuditEntry, 'via' | 'ip' | 'userAgent'>
}

export type PasswordResetOutcome = { status: 'reset'; user: User } | { status: 'invalid' }

/**
 * Sets a new password from a reset link: the link is used up, every
 * session and "remember me" token of the account ends (whoever knew the
 * old password is out), a lockout is lifted (the owner proved who they
 * are), and the owner is told by email.
 */
export default class ResetPassword {
  /** Changes the password if the token is still usable; "invalid" otherwise. */
  async handle({ token, password, request }: PasswordReset): Promise<PasswordResetOutcome> {
    const user = await db.transaction(async (trx) => {
      const row = await userTokens.consume(token, 'reset_password', { client: trx })
      if (!row) return null

      const owner = await User.findOrFail(row.userId, { client: trx })
      // The model hook hashes the plain password on save.
      owner.merge({
        password,
        passwordChangedAt: DateTime.now(),
        failedLoginCount: 0,
        lockedUntil: null,
      })
      await owner.save()

      await userTokens.revoke(owner.id, 'reset_password', { client: trx })
      await new EndUserSessions().handle(owner.id, { client: trx })
      await new RecordAuditEvent().handle(
        { event: 'auth.password.reset', actorId: owner.id, subjectUserId: owner.id, ...request },
        trx
      )
      return owner
    })
    if (!user) return { status: 'invalid' }

    await mail.sendLater(new PasswordChangedNotification(user))
    return { status: 'reset', user }
  }
}
