import User from '#models/user'
import RecordAuditEvent, { type AuditEntry } from '#actions/audit/record_audit_event'
import { acceptSecondFactor, type SecondFactorMethod } from '#support/second_factor'
import {
  challengeExpired,
  type TwoFactorChallenge,
  userNeedsTwoFactor,
} from '#support/two_factor_challenge'
import {
  challengeLocked,
  clearChallengeFailures,
  countChallengeFailure,
} from '#support/two_factor_limits'

export type ChallengeInput = {
  challenge: TwoFactorChallenge
  method: SecondFactorMethod
  code: string
  origin: Pick<AuditEntry, 'via' | 'ip' | 'userAgent'>
}

/** "expired" and "locked" both send the visitor back to the password. */
export type ChallengeOutcome =
  | { status: 'accepted'; user: User }
  | { status: 'invalid'; attemptsLeft: number }
  | { status: 'locked' }
  | { status: 'expired' }

/**
 * Checks the second factor of a sign-in in progress: a code from the
 * authenticator app (each usable once) or a recovery code (each usable once),
 * within five minutes of the password and a few tries.
 */
export default class VerifyTwoFactorChallenge {
  async handle({ challenge, method, code, origin }: ChallengeInput): Promise<ChallengeOutcome> {
    if (challengeExpired(challenge)) return { status: 'expired' }
    const user = await User.find(challenge.userId)
    // 2FA turned off or the account deleted since the password was given: start again.
    if (!user || !userNeedsTwoFactor(user)) return { status: 'expired' }
    if (await challengeLocked(challenge)) return { status: 'locked' }

    const audit = (event: string, details: Record<string, unknown>) =>
      new RecordAuditEvent().handle({
        event,
        actorId: user.id,
        subjectUserId: user.id,
        ...origin,
        details,
      })

    if (await acceptSecondFactor(user, code, method)) {
      await clearChallengeFailures(challenge)
      if (method === 'recovery') await audit('auth.2fa.recovery_code_used', {})
      return { status: 'accepted', user }
    }

    const attemptsLeft = await countChallengeFailure(challenge)
    await audit('auth.2fa.challenge_failed', { method, attemptsLeft })
    return attemptsLeft > 0 ? { status: 'invalid', attemptsLeft } : { status: 'locked' }
  }
}
