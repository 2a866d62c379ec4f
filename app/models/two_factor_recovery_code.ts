import { TwoFactorRecoveryCodeSchema } from '#database/schema'

/** One of a user's 2FA recovery codes; only its hash is stored. */
export default class TwoFactorRecoveryCode extends TwoFactorRecoveryCodeSchema {
  static table = 'two_factor_recovery_codes'
}
