import type { HttpContext } from '@adonisjs/core/http'
import { registrationValidator } from '#validators/registration'
import RegisterUser from '#actions/auth/register_user'
import CompleteLogin from '#actions/auth/complete_login'
import SendEmailVerification from '#actions/auth/send_email_verification'
import { registrationIsOpen } from '#support/registration'
import { isSupportedLocale } from '#support/locales'

/** The sign-up form, served only while the site accepts registrations. */
export default class RegistrationController {
  async create(ctx: HttpContext) {
    if (!(await registrationIsOpen())) return this.closed(ctx)
    return ctx.view.render('pages/auth/register')
  }

  async store(ctx: HttpContext) {
    if (!(await registrationIsOpen())) return this.closed(ctx)
    const input = await ctx.request.validateUsing(registrationValidator)
    const locale = isSupportedLocale(ctx.i18n.locale) ? ctx.i18n.locale : 'en'
    const user = await new RegisterUser().handle(
      { ...input, locale },
      { ip: ctx.request.ip(), userAgent: ctx.request.header('user-agent') }
    )
    await new SendEmailVerification().handle(user)
    await new CompleteLogin().handle(ctx, user)
    ctx.session.flash('success', ctx.i18n.t('auth.register.done'))
    return ctx.response.redirect().toPath('/')
  }

  protected closed(ctx: HttpContext) {
    return ctx.response.notFound(ctx.i18n.t('auth.register.closed'))
  }
}
