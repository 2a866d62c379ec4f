import type { HttpContext } from '@adonisjs/core/http'
import { isSupportedLocale } from '#support/locales'
import { rememberLocale } from '#support/locale_cookie'
import SetPreferredLocale from '#actions/users/set_preferred_locale'

/**
 * The header's language switcher. A plain link rather than a form so it
 * also works on error pages, which have no CSRF token; switching language
 * changes nothing an attacker could profit from.
 */
export default class LocaleController {
  async update(ctx: HttpContext) {
    const locale = ctx.params.locale
    if (!isSupportedLocale(locale)) {
      return ctx.response.badRequest(ctx.i18n.t('errors.unsupported_locale', { locale }))
    }
    rememberLocale(ctx, locale)
    if (ctx.auth.user) await new SetPreferredLocale().handle(ctx.auth.user, locale)
    const back = ctx.request.input('redirect')
    // Only same-site paths: an open redirect would help phishing.
    const target = typeof back === 'string' && /^\/(?![/\\])/.test(back) ? back : '/'
    return ctx.response.redirect().toPath(target)
  }
}
