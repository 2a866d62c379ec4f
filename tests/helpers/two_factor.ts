import { DateTime } from 'luxon'
import { generate } from 'otplib'
import db from '@adonisjs/lucid/services/db'
import limiter from '@adonisjs/limiter/services/main'
import type { Group } from '@japa/runner/core'
import type User from '#models/user'
import { sealTotpSecret } from '#support/second_factor'
import { generateTotpSecret, TOTP_PERIOD_SECONDS } from '#support/totp'
import { replaceRecoveryCodes } from '#support/two_factor_recovery_codes'
import { installSite, isolateInstallState } from '#tests/helpers/install'

/** Each test on an installed site, with no failure counters left by the previous one. */
export function isolateTwoFactorState(group: Group) {
  isolateInstallState(group)
  group.each.setup(async () => {
    // Counters are keyed by user id, and ids repeat once a test's rows are rolled back.
    await limiter.use({ requests: 1, duration: 1 }).clear()
    await installSite()
  })
}

/** Turns 2FA on for a user, as a finished enrolment would, and returns what the user holds. */
export async function enableTwoFactorFor(user: User) {
  const secret = generateTotpSecret()
  const recoveryCodes = await db.transaction(async (trx) => {
    user.useTransaction(trx)
    user.twoFactorSecret = sealTotpSecret(secret)
    user.twoFactorEnabledAt = DateTime.now()
    user.twoFactorLastStep = null
    await user.save()
    return replaceRecoveryCodes(user.id, trx)
  })
  return { secret, recoveryCodes }
}

/** The code an authenticator app shows now, or some 30-second steps away. */
export function codeFor(secret: string, stepsFromNow = 0): Promise<string> {
  const epoch = Math.floor(Date.now() / 1000) + stepsFromNow * TOTP_PERIOD_SECONDS
  return generate({ secret, epoch })
}

/** The session of a sign-in whose password was accepted and that waits for the code. */
export function challengeSession(user: User, overrides: Record<string, unknown> = {}) {
  return {
    twoFactorChallenge: { userId: user.id, remember: false, startedAt: Date.now(), ...overrides },
  }
}
