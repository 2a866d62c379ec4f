import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { siteBranding } from '#support/site_settings'
import { SUPPORTED_LOCALES } from '#support/locales'
import { isInstalled } from '#support/install_state'

/**
 * What the layout shows on every page: the site's name, logo and footer
 * (from the settings cache, no query once warm), languages, the signed-in user.
 */
export default class ShareLayoutDataMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const branding = await siteBranding()
    ctx.view.share({
      siteName: branding.name,
      siteLogoUrl: branding.logoUrl,
      siteFooter: branding.footer,
      locales: SUPPORTED_LOCALES,
      currentLocale: ctx.i18n.locale,
      currentUser: ctx.auth.user,
      currentPath: ctx.request.url(),
      showLogin: await isInstalled(),
    })
    return next()
  }
}
