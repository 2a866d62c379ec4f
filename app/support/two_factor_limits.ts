import limiter from '@adonisjs/limiter/services/main'
import type { TwoFactorChallenge } from '#support/two_factor_challenge'

export const FAILURES_PER_CHALLENGE = 5
const FAILURES_PER_ACCOUNT = 10

/*
| The counters live in the limiter's store, not in the session: with the
| cookie session store a browser could replay an older cookie and start its
| count again. The per-account counter bounds an attacker who knows the
| password and starts challenge after challenge.
*/
const perChallenge = () => limiter.use({ requests: FAILURES_PER_CHALLENGE, duration: '10 mins' })
const perAccount = () =>
  limiter.use({ requests: FAILURES_PER_ACCOUNT, duration: '1 hour', blockDuration: '1 hour' })

const challengeKey = (challenge: TwoFactorChallenge) =>
  `2fa:challenge:${challenge.userId}:${challenge.startedAt}`
const accountKey = (userId: number) => `2fa:account:${userId}`

/** True when this challenge or the account has had too many wrong codes. */
export async function challengeLocked(challenge: TwoFactorChallenge): Promise<boolean> {
  const [challengeBlocked, accountBlocked] = await Promise.all([
    perChallenge().isBlocked(challengeKey(challenge)),
    perAccount().isBlocked(accountKey(challenge.userId)),
  ])
  return challengeBlocked || accountBlocked
}

/** Counts a wrong code; returns how many tries this challenge has left. */
export async function countChallengeFailure(challenge: TwoFactorChallenge): Promise<number> {
  const [response] = await Promise.all([
    perChallenge().increment(challengeKey(challenge)),
    perAccount().increment(accountKey(challenge.userId)),
  ])
  const accountBlocked = await perAccount().isBlocked(accountKey(challenge.userId))
  return accountBlocked ? 0 : response.remaining
}

/** A right code clears the account's counter. */
export async function clearChallengeFailures(challenge: TwoFactorChallenge) {
  await Promise.all([
    perChallenge().delete(challengeKey(challenge)),
    perAccount().delete(accountKey(challenge.userId)),
  ])
}
