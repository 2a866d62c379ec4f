import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import RecordAuditEvent, { type AuditEntry } from '#actions/audit/record_audit_event'
import { verifyTotp } from '#support/totp'
import { sealTotpSecret } from '#support/second_factor'
import { userNeedsTwoFactor } from '#support/two_factor_challenge'
import { replaceRecoveryCodes } from '#support/two_factor_recovery_codes'

export type EnrolmentInput = {
  user: User
  /** The secret shown to the user by BeginEnrolment, kept in the session meanwhile. */
  secret: string
  code: string
  origin: Pick<AuditEntry, 'via' | 'ip' | 'userAgent'>
}

export type EnrolmentOutcome =
  | { status: 'enabled'; recoveryCodes: string[] }
  | { status: 'invalid_code' }
  | { status: 'already_enabled' }

/**
 * Turns 2FA on once a code proves the authenticator app holds the secret:
 * stores the secret encrypted and creates the recovery codes.
 */
export default class ConfirmEnrolment {
  async handle({ user, secret, code, origin }: EnrolmentInput): Promise<EnrolmentOutcome> {
    if (userNeedsTwoFactor(user)) return { status: 'already_enabled' }
    const step = await verifyTotp(secret, code)
    if (step === null) return { status: 'invalid_code' }

    const recoveryCodes = await db.transaction(async (trx) => {
      user.useTransaction(trx)
      user.twoFactorSecret = sealTotpSecret(secret)
      user.twoFactorEnabledAt = DateTime.now()
      // The confirming code counts as used: it cannot also sign in.
      user.twoFactorLastStep = step
      await user.save()
      const codes = await replaceRecoveryCodes(user.id, trx)
      await new RecordAuditEvent().handle(
        { event: 'auth.2fa.enabled', actorId: user.id, subjectUserId: user.id, ...origin },
        trx
      )
      return codes
    })
    return { status: 'enabled', recoveryCodes }
  }
}
