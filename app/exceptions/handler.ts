import app from '@adonisjs/core/services/app'
import { errors as bouncerErrors } from '@adonisjs/bouncer'
import i18nManager from '@adonisjs/i18n/services/main'
import { type HttpContext, ExceptionHandler } from '@adonisjs/core/http'
import type { StatusPageRange, StatusPageRenderer } from '@adonisjs/core/types/http'
import { isSupportedLocale, SUPPORTED_LOCALES } from '#support/locales'
import { LOCALE_COOKIE } from '#support/locale_cookie'
import { siteName } from '#support/site_settings'

type ErrorKind = 'forbidden' | 'not_found' | 'server_error'

/**
 * Turns uncaught errors into responses: localized 403/404/500 pages for
 * browsers, JSON for clients that ask for it, debug details only outside
 * production.
 */
export default class HttpExceptionHandler extends ExceptionHandler {
  protected debug = !app.inProduction
  protected renderStatusPages = true

  protected statusPages: Record<StatusPageRange, StatusPageRenderer> = {
    '403': (_, ctx) => this.renderErrorPage(ctx, 403, 'forbidden'),
    '404': (_, ctx) => this.renderErrorPage(ctx, 404, 'not_found'),
    // While developing, the debug page says more than a friendly 500.
    ...(app.inProduction
      ? {
          '500..599': (_: unknown, ctx: HttpContext) =>
            this.renderErrorPage(ctx, 500, 'server_error'),
        }
      : {}),
  }

  /**
   * Requests for unknown URLs never reach the router middleware, so the
   * language and layout data may be missing: fill them in here.
   */
  async renderErrorPage(ctx: HttpContext, status: number, kind: ErrorKind) {
    if (!ctx.i18n) {
      const cookie = ctx.request.plainCookie(LOCALE_COOKIE, { encoded: false })
      const locale = isSupportedLocale(cookie)
        ? cookie
        : (i18nManager.getSupportedLocaleFor(ctx.request.languages()) ?? 'en')
      ctx.i18n = i18nManager.locale(locale)
      ctx.view.share({
        i18n: ctx.i18n,
        locales: SUPPORTED_LOCALES,
        currentLocale: locale,
        currentPath: ctx.request.url(),
        siteName: await siteName().catch(() => undefined),
      })
    }
    return ctx.view.render('pages/errors/status', { status, kind })
  }

  async handle(error: unknown, ctx: HttpContext) {
    /*
    | Bouncer answers a denied page view with bare text, and a denied form
    | with a redirect back, which hides the refusal: browsers get the 403 page.
    */
    if (
      error instanceof bouncerErrors.E_AUTHORIZATION_FAILURE &&
      ctx.request.accepts(['html', 'json']) === 'html'
    ) {
      ctx.response.status(403)
      return ctx.response.send(await this.renderErrorPage(ctx, 403, 'forbidden'))
    }
    return super.handle(error, ctx)
  }

  async report(error: unknown, ctx: HttpContext) {
    return super.report(error, ctx)
  }
}
