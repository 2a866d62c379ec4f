import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { isInstalled } from '#support/install_state'

/** Sends visitors of a site that is not installed yet to the wizard. */
export default class RequireInstalledMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if (!(await isInstalled())) return ctx.response.redirect().toPath('/install')
    return next()
  }
}
