import { createHash } from 'node:crypto'
import mail from '@adonisjs/mail/services/main'
import { errors as limiterErrors } from '@adonisjs/limiter'
import limiter from '@adonisjs/limiter/services/main'
import User from '#models/user'
import * as userTokens from '#support/user_tokens'
import ResetPasswordNotification from '#mails/reset_password_notification'
import RecordAuditEvent, { type AuditEntry } from '#actions/audit/record_audit_event'

export const RESET_PASSWORD_TTL = { hours: 1 }

// Same options, so one limiter; the keys tell the IP and email counters apart.
const limit = () => limiter.use({ requests: 3, duration: '1 hour' })

export type PasswordResetRequest = {
  /** Already trimmed and lower-cased, as accounts store it. */
  email: string
  request: Pick<AuditEntry, 'via' | 'userAgent'> & { ip: string }
}

export type PasswordResetRequestOutcome =
  { status: 'accepted' } | { status: 'throttled'; retryAfterSeconds: number }

/**
 * Mails a link to choose a new password (valid 1 hour) when the address
 * belongs to an account, at most three times an hour per address and per
 * IP. The outcome, and the work done to reach it, are the same whether or
 * not the account exists, so neither tells an outsider which addresses do.
 */
export default class RequestPasswordReset {
  /** Answers "accepted" for any address within the limits, "throttled" past them. */
  async handle({ email, request }: PasswordResetRequest): Promise<PasswordResetRequestOutcome> {
    // An operator at the CLI is trusted: only web requests are rate limited.
    const throttled = request.via === 'cli' ? null : await this.throttle(request.ip, email)
    if (throttled) return throttled

    const user = await User.findBy('email', email)
    if (user) {
      const token = await userTokens.issue(user, 'reset_password', RESET_PASSWORD_TTL)
      await mail.sendLater(new ResetPasswordNotification(user, token))
    } else {
      await this.decoy(email)
    }

    await new RecordAuditEvent().handle({
      event: 'auth.password.reset_requested',
      subjectUserId: user?.id ?? null,
      ...request,
      details: user ? undefined : { unknownEmail: email },
    })
    return { status: 'accepted' }
  }

  /** Counts the request against the IP, then the address; the first one exhausted answers. */
  protected async throttle(ip: string, email: string) {
    const emailKey = createHash('sha256').update(email).digest('hex')
    for (const key of [`reset_password:ip:${ip}`, `reset_password:email:${emailKey}`]) {
      try {
        await limit().consume(key)
      } catch (error) {
        if (!(error instanceof limiterErrors.E_TOO_MANY_REQUESTS)) throw error
        return { status: 'throttled' as const, retryAfterSeconds: error.response.availableIn }
      }
    }
    return null
  }

  /** Spends what a real request spends (a token, its hash, a rendered message) and sends nothing. */
  protected async decoy(email: string) {
    const token = userTokens.generateToken()
    userTokens.hashToken(token)
    const nobody = new User().merge({ email, username: email, locale: null })
    await new ResetPasswordNotification(nobody, token).buildWithContents()
  }
}
