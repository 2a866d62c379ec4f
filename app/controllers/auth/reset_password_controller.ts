import type { HttpContext } from '@adonisjs/core/http'
import * as userTokens from '#support/user_tokens'
import { resetPasswordValidator } from '#validators/password_reset'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import ResetPassword from '#actions/auth/reset_password'
import EndCurrentSession from '#actions/sessions/end_current_session'

/** The page a reset link opens: choose a new password. */
export default class ResetPasswordController {
  /** The form, when the link still works. */
  async create({ params, view, response }: HttpContext) {
    // The token is in the address: keep it out of Referer headers and caches.
    response.header('Referrer-Policy', 'no-referrer').header('Cache-Control', 'no-store')
    const usable = await userTokens.find(params.token, 'reset_password')
    if (!usable) return this.invalid(response, view)
    return view.render('pages/auth/reset_password', { token: params.token })
  }

  /** Saves the new password, then sends the member to sign in with it. */
  async store(ctx: HttpContext) {
    const { params, request, session, response, view, i18n } = ctx
    const usable = await userTokens.find(params.token, 'reset_password')
    if (!usable) return this.invalid(response, view)

    const [error, input] = await request.tryValidateUsing(resetPasswordValidator)
    if (error) {
      // Back to this link (not to the Referer, which the page withholds), without the input.
      session.flashValidationErrors(error, false)
      return response.redirect().toPath(`/auth/reset-password/${params.token}`)
    }

    const outcome = await new ResetPassword().handle({
      token: params.token,
      password: input.password,
      request: RecordAuditEvent.fromRequest(ctx),
    })
    if (outcome.status === 'invalid') return this.invalid(response, view)

    // Every session of the account is over, this browser's included if signed in.
    if (ctx.auth.user) await new EndCurrentSession().handle(ctx)
    session.flash('success', i18n.t('password_reset.done'))
    return response.redirect().toPath('/login')
  }

  protected invalid(response: HttpContext['response'], view: HttpContext['view']) {
    response.status(410)
    return view.render('pages/auth/reset_password_invalid')
  }
}
