import type { HttpContext } from '@adonisjs/core/http'
import type { SupportedLocale } from '#support/locales'

export const LOCALE_COOKIE = 'locale'

/** Remembers a visitor's language choice for a year. */
export function rememberLocale(ctx: HttpContext, locale: SupportedLocale) {
  ctx.response.plainCookie(LOCALE_COOKIE, locale, {
    encode: false,
    maxAge: '1y',
    httpOnly: true,
    sameSite: 'lax',
  })
}
