import type { HttpContext } from '@adonisjs/core/http'
import { loginValidator } from '#validators/session'
import AttemptLogin from '#actions/auth/attempt_login'
import CompleteLogin from '#actions/auth/complete_login'
import EndCurrentSession from '#actions/sessions/end_current_session'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import { registrationIsOpen } from '#support/registration'
import { beginTwoFactorChallenge, userNeedsTwoFactor } from '#support/two_factor_challenge'

/**
 * Signing in and out. The checks live in AttemptLogin; this only turns its
 * outcome into pages and redirects.
 */
export default class SessionController {
  async create({ view }: HttpContext) {
    return view.render('pages/auth/login', { registrationOpen: await registrationIsOpen() })
  }

  async store(ctx: HttpContext) {
    const { uid, password, remember } = await ctx.request.validateUsing(loginValidator)
    const outcome = await new AttemptLogin().handle({
      uid,
      password,
      request: { ip: ctx.request.ip(), userAgent: ctx.request.header('user-agent') },
    })

    if (outcome.status !== 'accepted') {
      if (outcome.status === 'throttled') {
        const minutes = Math.max(1, Math.ceil(outcome.retryAfterSeconds / 60))
        ctx.response.header('Retry-After', String(outcome.retryAfterSeconds))
        ctx.response.status(429)
        return ctx.view.render('pages/auth/login', {
          registrationOpen: await registrationIsOpen(),
          uid,
          throttled: ctx.i18n.t('auth.login.throttled', { minutes }),
        })
      }
      ctx.session.flashExcept(['_csrf', 'password'])
      ctx.session.flash('error', ctx.i18n.t('auth.login.invalid_credentials'))
      return ctx.response.redirect().toPath('/login')
    }

    if (userNeedsTwoFactor(outcome.user)) {
      return beginTwoFactorChallenge(ctx, outcome.user, { remember: Boolean(remember) })
    }
    await new CompleteLogin().handle(ctx, outcome.user, { remember: Boolean(remember) })
    ctx.session.flash('success', ctx.i18n.t('auth.login.welcome'))
    return ctx.response.redirect().toPath('/')
  }

  async destroy(ctx: HttpContext) {
    const user = ctx.auth.user!
    await new RecordAuditEvent().handle({
      event: 'auth.logout',
      actorId: user.id,
      subjectUserId: user.id,
      ...RecordAuditEvent.fromRequest(ctx),
    })
    await new EndCurrentSession().handle(ctx)
    ctx.session.flash('success', ctx.i18n.t('auth.logout.done'))
    return ctx.response.redirect().toPath('/')
  }
}
