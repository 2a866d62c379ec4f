import db from '@adonisjs/lucid/services/db'
import encryption from '@adonisjs/core/services/encryption'
import type User from '#models/user'
import { verifyTotp } from '#support/totp'
import { consumeRecoveryCode } from '#support/two_factor_recovery_codes'

// Binds the ciphertext to its use: a value copied from another encrypted column will not decrypt here.
export const SECRET_PURPOSE = 'two_factor_secret'

export type SecondFactorMethod = 'totp' | 'recovery'

/** The TOTP secret as it is stored in users.two_factor_secret. */
export function sealTotpSecret(secret: string): string {
  return encryption.encrypt(secret, { purpose: SECRET_PURPOSE })
}

/** The user's TOTP secret in clear, or null when 2FA is off (or APP_KEY lost). */
export function openTotpSecret(user: User): string | null {
  if (!user.twoFactorSecret) return null
  return encryption.decrypt<string>(user.twoFactorSecret, SECRET_PURPOSE)
}

/** The last accepted time step; bigint columns come back as strings on PostgreSQL. */
export function lastAcceptedStep(user: User): number | null {
  return user.twoFactorLastStep === null ? null : Number(user.twoFactorLastStep)
}

/** Accepts a code from the user's authenticator app once, and records its time step. */
export async function acceptTotpCode(user: User, code: string): Promise<boolean> {
  const secret = openTotpSecret(user)
  if (!secret) return false
  const step = await verifyTotp(secret, code, { lastStep: lastAcceptedStep(user) })
  if (step === null) return false

  // Conditional on the stored step, so two requests racing with one code cannot both pass.
  const updated = await db
    .from('users')
    .where('id', user.id)
    .where((query) =>
      query.whereNull('two_factor_last_step').orWhere('two_factor_last_step', '<', step)
    )
    .update({ two_factor_last_step: step })
  if (Number(Array.isArray(updated) ? updated[0] : updated) === 0) return false
  // Reloaded rather than assigned, so the model does not count the new step as an unsaved change.
  await user.refresh()
  return true
}

/** Accepts either a TOTP code or one of the user's recovery codes. */
export async function acceptSecondFactor(
  user: User,
  code: string,
  method: SecondFactorMethod
): Promise<boolean> {
  return method === 'totp' ? acceptTotpCode(user, code) : consumeRecoveryCode(user.id, code)
}

/** Six digits are read as an authenticator code, anything else as a recovery code. */
export function guessSecondFactorMethod(code: string): SecondFactorMethod {
  return /^\d{6}$/.test(code.replace(/\s+/g, '')) ? 'totp' : 'recovery'
}
