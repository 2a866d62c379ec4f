import type { HttpContext } from '@adonisjs/core/http'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import SendEmailVerification from '#actions/auth/send_email_verification'
import VerifyEmail from '#actions/auth/verify_email'

/** Confirming a user's email address: the notice page, sending the link, opening it. */
export default class EmailVerificationController {
  /** "Confirm your address": where the link went, with a button to send it again. */
  async show({ auth, view, response }: HttpContext) {
    const user = auth.getUserOrFail()
    if (user.emailVerifiedAt) return response.redirect().toPath('/')
    return view.render('pages/auth/verify_email', { email: user.email })
  }

  /** Sends a new link, at most three an hour. */
  async store({ auth, session, i18n, response }: HttpContext) {
    const user = auth.getUserOrFail()
    const outcome = await new SendEmailVerification().handle(user)
    if (outcome.status === 'throttled') {
      const minutes = Math.max(1, Math.ceil(outcome.retryAfterSeconds / 60))
      session.flash('error', i18n.t('verification.throttled', { minutes }))
    } else if (outcome.status === 'sent') {
      session.flash('success', i18n.t('verification.sent', { email: user.email }))
    }
    return response
      .redirect()
      .toPath(outcome.status === 'already_verified' ? '/' : '/auth/verify-email')
  }

  /** The link from the email; it works signed in or not, in any browser. */
  async verify(ctx: HttpContext) {
    const outcome = await new VerifyEmail().handle(
      ctx.params.token,
      RecordAuditEvent.fromRequest(ctx)
    )
    if (outcome.status !== 'invalid' || ctx.auth.user?.emailVerifiedAt) {
      return ctx.view.render('pages/auth/verify_email_done')
    }
    ctx.response.status(410)
    return ctx.view.render('pages/auth/verify_email_invalid', {
      canResend: Boolean(ctx.auth.user),
    })
  }
}
