import mail from '@adonisjs/mail/services/main'
import { errors as limiterErrors } from '@adonisjs/limiter'
import limiter from '@adonisjs/limiter/services/main'
import type User from '#models/user'
import * as userTokens from '#support/user_tokens'
import VerifyEmailNotification from '#mails/verify_email_notification'

export const VERIFY_EMAIL_TTL = { hours: 24 }

// Counts every message, the one sent at sign-up included.
const perUser = () => limiter.use({ requests: 3, duration: '1 hour' })

export type SendVerificationOutcome =
  | { status: 'sent' }
  | { status: 'already_verified' }
  | { status: 'throttled'; retryAfterSeconds: number }

/**
 * Mails the user a fresh link that confirms their email address (valid 24
 * hours, earlier links stop working), at most three times an hour. Call it
 * after sign-up: `await new SendEmailVerification().handle(user)`.
 */
export default class SendEmailVerification {
  /** Sends the link unless the address is confirmed or the hour's quota is spent. */
  async handle(user: User): Promise<SendVerificationOutcome> {
    if (user.emailVerifiedAt) return { status: 'already_verified' }

    try {
      await perUser().consume(`verify_email:user:${user.id}`)
    } catch (error) {
      if (!(error instanceof limiterErrors.E_TOO_MANY_REQUESTS)) throw error
      return { status: 'throttled', retryAfterSeconds: error.response.availableIn }
    }

    const token = await userTokens.issue(user, 'verify_email', VERIFY_EMAIL_TTL)
    await mail.sendLater(new VerifyEmailNotification(user, token))
    return { status: 'sent' }
  }
}
