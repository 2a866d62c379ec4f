import db from '@adonisjs/lucid/services/db'
import type { Infer } from '@vinejs/vine/types'
import { saveSetting } from '#support/settings_store'
import { REGISTRATION_SETTING } from '#support/registration'
import type { accountSecurityValidator } from '#validators/account_security'
import { REQUIRED_ROLES_SETTING } from '#support/two_factor_requirement'
import RecordAuditEvent, { type AuditEntry } from '#actions/audit/record_audit_event'
import { REQUIRE_VERIFIED_EMAIL_SETTING } from '#middleware/require_verified_email_middleware'

export type AccountSecurityInput = Infer<typeof accountSecurityValidator>

/**
 * Saves who may register, whether email verification gates features,
 * which roles must use 2FA and the lockout rule, in one transaction, and
 * records the change.
 */
export default class UpdateAccountSecuritySettings {
  async handle(
    input: AccountSecurityInput,
    actor: { id: number } & Pick<AuditEntry, 'via' | 'ip' | 'userAgent'>
  ) {
    const settings = {
      [REGISTRATION_SETTING]: Boolean(input.allowRegistration),
      [REQUIRE_VERIFIED_EMAIL_SETTING]: Boolean(input.requireVerifiedEmail),
      [REQUIRED_ROLES_SETTING]: [...new Set(input.twoFactorRoles ?? [])].sort(),
      'security.lockout_threshold': input.lockoutThreshold,
      'security.lockout_minutes': input.lockoutMinutes,
    }
    await db.transaction(async (trx) => {
      for (const [key, value] of Object.entries(settings)) {
        await saveSetting(key, value, { client: trx })
      }
      const { id, ...origin } = actor
      await new RecordAuditEvent().handle(
        { event: 'settings.account_security.changed', actorId: id, ...origin, details: settings },
        trx
      )
    })
    return settings
  }
}
