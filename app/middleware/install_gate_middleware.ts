import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { isInstalled } from '#support/install_state'

/**
 * Guards the installer: every /install route answers 404 once the site is
 * installed, so the wizard can neither be seen nor replayed.
 */
export default class InstallGateMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if (await isInstalled()) return ctx.response.notFound(ctx.i18n.t('errors.not_found.title'))
    return next()
  }
}
