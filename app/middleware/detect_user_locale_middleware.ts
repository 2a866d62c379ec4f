import { I18n } from '@adonisjs/i18n'
import i18nManager from '@adonisjs/i18n/services/main'
import type { NextFn } from '@adonisjs/core/types/http'
import { type HttpContext, RequestValidator } from '@adonisjs/core/http'
import { isSupportedLocale } from '#support/locales'
import { siteLocale } from '#support/site_settings'
import { LOCALE_COOKIE } from '#support/locale_cookie'

/**
 * Picks the language of the response: the signed-in user's preference,
 * then the language cookie, then Accept-Language, then the site default.
 */
export default class DetectUserLocaleMiddleware {
  static {
    // Validation messages follow the request's language.
    RequestValidator.messagesProvider = (ctx) => ctx.i18n.createMessagesProvider()
  }

  protected async requestLocale(ctx: HttpContext): Promise<string> {
    const user = (await ctx.auth.check()) ? ctx.auth.user : undefined
    if (user?.locale && isSupportedLocale(user.locale)) return user.locale

    const cookie = ctx.request.plainCookie(LOCALE_COOKIE, { encoded: false })
    if (isSupportedLocale(cookie)) return cookie

    // Without an Accept-Language header the site's own default applies.
    const accepted = ctx.request.header('accept-language')
      ? i18nManager.getSupportedLocaleFor(ctx.request.languages())
      : null
    return accepted ?? (await siteLocale())
  }

  async handle(ctx: HttpContext, next: NextFn) {
    ctx.i18n = i18nManager.locale(await this.requestLocale(ctx))
    ctx.containerResolver.bindValue(I18n, ctx.i18n)
    if ('view' in ctx) ctx.view.share({ i18n: ctx.i18n })
    return next()
  }
}

declare module '@adonisjs/core/http' {
  export interface HttpContext {
    i18n: I18n
  }
}
