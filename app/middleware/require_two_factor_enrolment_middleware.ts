import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { mustEnrolInTwoFactor, TWO_FACTOR_PATH } from '#support/two_factor_requirement'

// What a user who still has to turn 2FA on may reach. Assets need no entry:
// the static and Vite middleware answer them before the router runs.
const ALLOWED_PATHS = [TWO_FACTOR_PATH, '/logout', '/locale', '/health']

function isAllowed(path: string) {
  return ALLOWED_PATHS.some((allowed) => path === allowed || path.startsWith(`${allowed}/`))
}

/**
 * Sends signed-in members of a role that requires 2FA (setting
 * `security.two_factor_required_roles`) to the 2FA page until they turn it on.
 */
export default class RequireTwoFactorEnrolmentMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const user = (await ctx.auth.check()) ? ctx.auth.user : undefined
    if (!user || isAllowed(ctx.request.url()) || !(await mustEnrolInTwoFactor(user))) {
      return next()
    }
    return ctx.response.redirect().toPath(TWO_FACTOR_PATH)
  }
}
