import type { HttpContext } from '@adonisjs/core/http'
import { forgotPasswordValidator } from '#validators/password_reset'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import RequestPasswordReset from '#actions/auth/request_password_reset'

/**
 * "Forgot your password?": asks for an address and answers the same way
 * whether an account uses it or not.
 */
export default class ForgotPasswordController {
  /** The form asking for the account's address. */
  async create({ view }: HttpContext) {
    return view.render('pages/auth/forgot_password')
  }

  /** Sends the link if an account uses the address; answers 429 past the limits. */
  async store(ctx: HttpContext) {
    const { email } = await ctx.request.validateUsing(forgotPasswordValidator)
    const outcome = await new RequestPasswordReset().handle({
      email,
      request: { ...RecordAuditEvent.fromRequest(ctx), ip: ctx.request.ip() },
    })

    if (outcome.status === 'throttled') {
      ctx.response.status(429).header('Retry-After', String(outcome.retryAfterSeconds))
      return ctx.view.render('pages/auth/forgot_password', {
        throttled: ctx.i18n.t('password_reset.throttled'),
      })
    }
    ctx.session.flash('success', ctx.i18n.t('password_reset.requested', { email }))
    return ctx.response.redirect().toPath('/auth/forgot-password')
  }
}
