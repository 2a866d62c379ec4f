import type { HttpContext } from '@adonisjs/core/http'
import { errors as authErrors } from '@adonisjs/auth'
import User from '#models/user'
import { loginValidator } from '#validators/session'
import CompleteLogin from '#actions/auth/complete_login'

/**
 * Signing in and out with email or username and password. The Accounts
 * issue adds 2FA, lockout and the rest on top of this.
 */
export default class SessionController {
  async create({ view }: HttpContext) {
    return view.render('pages/auth/login')
  }

  async store(ctx: HttpContext) {
    const { uid, password } = await ctx.request.validateUsing(loginValidator)
    try {
      const user = await User.verifyCredentials(uid, password)
      await new CompleteLogin().handle(ctx, user)
    } catch (error) {
      if (!(error instanceof authErrors.E_INVALID_CREDENTIALS)) throw error
      ctx.session.flashExcept(['_csrf', 'password'])
      ctx.session.flash('error', ctx.i18n.t('auth.login.invalid_credentials'))
      return ctx.response.redirect().toPath('/login')
    }
    ctx.session.flash('success', ctx.i18n.t('auth.login.welcome'))
    return ctx.response.redirect().toPath('/')
  }

  async destroy(ctx: HttpContext) {
    await ctx.auth.use('web').logout()
    ctx.session.flash('success', ctx.i18n.t('auth.logout.done'))
    return ctx.response.redirect().toPath('/')
  }
}
