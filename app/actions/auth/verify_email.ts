import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import User from '#models/user'
import UserToken from '#models/user_token'
import * as userTokens from '#support/user_tokens'
import RecordAuditEvent, { type AuditEntry } from '#actions/audit/record_audit_event'

export type VerifyEmailOutcome =
  | { status: 'verified'; user: User }
  | { status: 'already_verified'; user: User }
  | { status: 'invalid' }

/**
 * Confirms the email address a verification link was sent to. A link used
 * once (by the owner, or by a mail scanner that opened it first) still
 * answers "confirmed" when the address is; any other stale link is invalid.
 */
export default class VerifyEmail {
  /** Uses up the token and marks its owner's address confirmed. */
  async handle(token: unknown, request: Pick<AuditEntry, 'via' | 'ip' | 'userAgent'>) {
    return db.transaction(async (trx): Promise<VerifyEmailOutcome> => {
      const row = await userTokens.consume(token, 'verify_email', { client: trx })
      if (!row) return this.alreadyUsed(token, trx)

      const user = await User.findOrFail(row.userId, { client: trx })
      if (!user.emailVerifiedAt) {
        user.emailVerifiedAt = DateTime.now()
        await user.save()
      }
      await userTokens.revoke(user.id, 'verify_email', { client: trx })
      await new RecordAuditEvent().handle(
        { event: 'auth.email.verified', actorId: user.id, subjectUserId: user.id, ...request },
        trx
      )
      return { status: 'verified', user }
    })
  }

  /** A used link whose address is confirmed: the owner clicked twice, or was beaten by a scanner. */
  protected async alreadyUsed(
    token: unknown,
    client: TransactionClientContract
  ): Promise<VerifyEmailOutcome> {
    if (!userTokens.isWellFormed(token)) return { status: 'invalid' }
    const row = await UserToken.query({ client })
      .where('token_hash', userTokens.hashToken(token))
      .where('purpose', 'verify_email')
      .whereNotNull('used_at')
      .preload('user')
      .first()
    if (row?.user.emailVerifiedAt) return { status: 'already_verified', user: row.user }
    return { status: 'invalid' }
  }
}
