import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { siteName } from '#support/site_settings'
import { SUPPORTED_LOCALES } from '#support/locales'
import { isInstalled } from '#support/install_state'

/** What the layout shows on every page: site name, languages, the signed-in user. */
export default class ShareLayoutDataMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    ctx.view.share({
      siteName: await siteName(),
      locales: SUPPORTED_LOCALES,
      currentLocale: ctx.i18n.locale,
      currentUser: ctx.auth.user,
      currentPath: ctx.request.url(),
      showLogin: await isInstalled(),
    })
    return next()
  }
}
