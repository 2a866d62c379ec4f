import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import TwoFactorRecoveryCode from '#models/two_factor_recovery_code'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import type { Actor } from '#actions/users/actor'

/**
 * Turns two-factor authentication off for someone who lost their device:
 * secret, enrolment, replay guard and recovery codes all go.
 */
export default class ResetTwoFactor {
  /** Returns false when 2FA was not set up. */
  async handle(user: User, actor: Actor): Promise<boolean> {
    const wasEnabled = user.twoFactorSecret !== null || user.twoFactorEnabledAt !== null
    await db.transaction(async (trx) => {
      user.twoFactorSecret = null
      user.twoFactorEnabledAt = null
      user.twoFactorLastStep = null
      await user.useTransaction(trx).save()
      await TwoFactorRecoveryCode.query({ client: trx }).where('user_id', user.id).delete()
      await new RecordAuditEvent().handle(
        { ...actor, event: 'user.two_factor.reset', subjectUserId: user.id },
        trx
      )
    })
    return wasEnabled
  }
}
