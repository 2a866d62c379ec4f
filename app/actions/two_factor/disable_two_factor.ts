import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import TwoFactorRecoveryCode from '#models/two_factor_recovery_code'
import RecordAuditEvent, { type AuditEntry } from '#actions/audit/record_audit_event'
import { verifyPassword } from '#support/passwords'
import { acceptSecondFactor, guessSecondFactorMethod } from '#support/second_factor'
import { userNeedsTwoFactor } from '#support/two_factor_challenge'

export type DisableInput = {
  user: User
  password: string
  /** A code from the authenticator app or one of the recovery codes. */
  code: string
  origin: Pick<AuditEntry, 'via' | 'ip' | 'userAgent'>
}

export type DisableOutcome = 'disabled' | 'wrong_password' | 'invalid_code' | 'not_enabled'

/**
 * Turns 2FA off. Both factors are asked for, so neither a stolen session nor
 * a stolen password alone can remove the second factor.
 */
export default class DisableTwoFactor {
  async handle({ user, password, code, origin }: DisableInput): Promise<DisableOutcome> {
    if (!userNeedsTwoFactor(user)) return 'not_enabled'
    // The password first, so a wrong one does not use up a recovery code.
    if (!(await verifyPassword(user.password, password))) return 'wrong_password'
    if (!(await acceptSecondFactor(user, code, guessSecondFactorMethod(code)))) {
      return 'invalid_code'
    }

    await db.transaction(async (trx) => {
      user.useTransaction(trx)
      user.twoFactorSecret = null
      user.twoFactorEnabledAt = null
      user.twoFactorLastStep = null
      await user.save()
      await TwoFactorRecoveryCode.query({ client: trx }).where('user_id', user.id).delete()
      await new RecordAuditEvent().handle(
        { event: 'auth.2fa.disabled', actorId: user.id, subjectUserId: user.id, ...origin },
        trx
      )
    })
    return 'disabled'
  }
}
