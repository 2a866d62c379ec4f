import type { HttpContext } from '@adonisjs/core/http'
import type User from '#models/user'

export const CHALLENGE_SESSION_KEY = 'twoFactorChallenge'
export const CHALLENGE_PATH = '/auth/two-factor-challenge'
export const CHALLENGE_LIFETIME_MS = 5 * 60 * 1000

/** A sign-in whose password was right and that waits for the second factor. */
export type TwoFactorChallenge = { userId: number; remember: boolean; startedAt: number }

/** True when the user must give a second factor after the password. */
export function userNeedsTwoFactor(user: User): boolean {
  return user.twoFactorEnabledAt !== null && user.twoFactorSecret !== null
}

/**
 * Called by the sign-in form once the password is right: remembers who is
 * signing in (not signed in yet) and sends the browser to the code page.
 */
export function beginTwoFactorChallenge(
  ctx: HttpContext,
  user: User,
  options: { remember?: boolean } = {}
): void {
  const challenge: TwoFactorChallenge = {
    userId: user.id,
    remember: Boolean(options.remember),
    startedAt: Date.now(),
  }
  ctx.session.put(CHALLENGE_SESSION_KEY, challenge)
  ctx.response.redirect().toPath(CHALLENGE_PATH)
}

/** The session's challenge, whether it is still fresh or not; null when there is none. */
export function currentChallenge(ctx: HttpContext): TwoFactorChallenge | null {
  const value = ctx.session.get(CHALLENGE_SESSION_KEY)
  if (!value || typeof value !== 'object') return null
  const { userId, remember, startedAt } = value as Record<string, unknown>
  if (typeof userId !== 'number' || typeof startedAt !== 'number') return null
  return { userId, remember: remember === true, startedAt }
}

/** A challenge left open longer than five minutes must start again from the password. */
export function challengeExpired(challenge: TwoFactorChallenge, now = Date.now()): boolean {
  return now - challenge.startedAt > CHALLENGE_LIFETIME_MS || challenge.startedAt > now
}

export function endTwoFactorChallenge(ctx: HttpContext) {
  ctx.session.forget(CHALLENGE_SESSION_KEY)
}
