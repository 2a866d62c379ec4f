import { DateTime } from 'luxon'
import mail from '@adonisjs/mail/services/main'
import User from '#models/user'
import RecordAuditEvent, { type AuditEntry } from '#actions/audit/record_audit_event'
import { readSetting } from '#support/settings_store'
import { needsRehash, verifyAgainstDecoy, verifyPassword } from '#support/passwords'
import { clearAccountLimit, countFailedLogin, loginRetryAfter } from '#support/login_limits'

export type LoginAttempt = {
  uid: string
  password: string
  request: Pick<AuditEntry, 'ip' | 'userAgent'> & { ip: string }
}

/**
 * What a sign-in attempt gave. "refused" covers a wrong password, an unknown
 * account and a locked one alike, so the answer never tells them apart.
 */
export type LoginOutcome =
  | { status: 'accepted'; user: User }
  | { status: 'refused' }
  | { status: 'throttled'; retryAfterSeconds: number }

export const LOCKOUT_DEFAULTS = { threshold: 5, minutes: 15 }

/**
 * Checks a username-or-email and password: rate limits per IP and per
 * account, the lockout after repeated failures (with an email to the owner),
 * the audit trail, and the upgrade of old password hashes.
 */
export default class AttemptLogin {
  async handle({ uid, password, request }: LoginAttempt): Promise<LoginOutcome> {
    const retryAfterSeconds = await loginRetryAfter(request.ip, uid)
    if (retryAfterSeconds > 0) return { status: 'throttled', retryAfterSeconds }

    const user = await User.query()
      .where('email', uid.trim().toLowerCase())
      .orWhere('username', uid.trim())
      .first()
    const audit = (event: string, details?: Record<string, unknown>) =>
      new RecordAuditEvent().handle({
        event,
        actorId: user?.id ?? null,
        subjectUserId: user?.id ?? null,
        via: 'web',
        ...request,
        details,
      })

    // Every path spends one password check, so timing reveals nothing either.
    const passwordMatches = user
      ? await verifyPassword(user.password, password)
      : await verifyAgainstDecoy(password)

    if (user?.isLocked) {
      await countFailedLogin(request.ip, uid)
      await audit('auth.login.refused_locked')
      return { status: 'refused' }
    }
    if (!user || !passwordMatches) {
      await countFailedLogin(request.ip, uid)
      if (user) await this.recordFailure(user)
      await audit('auth.login.failed', user ? undefined : { uid: uid.slice(0, 254) })
      return { status: 'refused' }
    }

    await clearAccountLimit(uid)
    if (needsRehash(user.password)) {
      // Assigning the plain password lets the model hook hash it anew.
      user.password = password
      await user.save()
    }
    return { status: 'accepted', user }
  }

  /** Counts the failure and locks the account when it reaches the threshold. */
  protected async recordFailure(user: User) {
    const threshold = await readSetting('security.lockout_threshold', LOCKOUT_DEFAULTS.threshold)
    const minutes = await readSetting('security.lockout_minutes', LOCKOUT_DEFAULTS.minutes)

    user.failedLoginCount += 1
    const locks = user.failedLoginCount >= threshold
    if (locks) {
      user.failedLoginCount = 0
      user.lockedUntil = DateTime.now().plus({ minutes })
    }
    await user.save()
    if (!locks) return

    await new RecordAuditEvent().handle({
      event: 'auth.account.locked',
      subjectUserId: user.id,
      via: 'web',
      details: { minutes },
    })
    const { default: AccountLockedNotification } =
      await import('#mails/account_locked_notification')
    await mail.sendLater(new AccountLockedNotification(user, user.lockedUntil!))
  }
}
