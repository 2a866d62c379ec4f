import { readSetting } from '#support/settings_store'
import { registrationIsOpen } from '#support/registration'
import { twoFactorRequiredRoles } from '#support/two_factor_requirement'
import { LOCKOUT_DEFAULTS } from '#actions/auth/attempt_login'
import { REQUIRE_VERIFIED_EMAIL_SETTING } from '#middleware/require_verified_email_middleware'

/** The account-security settings an admin manages, as they stand. */
export async function accountSecuritySettings() {
  return {
    allowRegistration: await registrationIsOpen(),
    requireVerifiedEmail: await readSetting(REQUIRE_VERIFIED_EMAIL_SETTING, false),
    twoFactorRoles: await twoFactorRequiredRoles(),
    lockoutThreshold: await readSetting('security.lockout_threshold', LOCKOUT_DEFAULTS.threshold),
    lockoutMinutes: await readSetting('security.lockout_minutes', LOCKOUT_DEFAULTS.minutes),
  }
}
