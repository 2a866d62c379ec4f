import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import RecordAuditEvent, { type AuditEntry } from '#actions/audit/record_audit_event'
import { verifyPassword } from '#support/passwords'
import { userNeedsTwoFactor } from '#support/two_factor_challenge'
import { replaceRecoveryCodes } from '#support/two_factor_recovery_codes'

export type RegenerateInput = {
  user: User
  password: string
  origin: Pick<AuditEntry, 'via' | 'ip' | 'userAgent'>
}

export type RegenerateOutcome =
  | { status: 'regenerated'; recoveryCodes: string[] }
  | { status: 'wrong_password' }
  | { status: 'not_enabled' }

/** Replaces all of a user's recovery codes, used or not, with ten new ones. */
export default class RegenerateRecoveryCodes {
  async handle({ user, password, origin }: RegenerateInput): Promise<RegenerateOutcome> {
    if (!userNeedsTwoFactor(user)) return { status: 'not_enabled' }
    if (!(await verifyPassword(user.password, password))) return { status: 'wrong_password' }

    const recoveryCodes = await db.transaction(async (trx) => {
      const codes = await replaceRecoveryCodes(user.id, trx)
      await new RecordAuditEvent().handle(
        {
          event: 'auth.2fa.recovery_codes_regenerated',
          actorId: user.id,
          subjectUserId: user.id,
          ...origin,
        },
        trx
      )
      return codes
    })
    return { status: 'regenerated', recoveryCodes }
  }
}
