import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { readSetting } from '#support/settings_store'

/** Admin setting (boolean): features behind this middleware need a confirmed email address. */
export const REQUIRE_VERIFIED_EMAIL_SETTING = 'accounts.require_verified_email'

/**
 * Keeps signed-in users whose email address is not confirmed out of the
 * routes it guards, when the admin asks for it, and sends them to the page
 * that explains why and resends the link. Put it after `auth()`.
 */
export default class RequireVerifiedEmailMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const user = ctx.auth.user
    if (!user || user.emailVerifiedAt) return next()
    if (!(await readSetting(REQUIRE_VERIFIED_EMAIL_SETTING, false))) return next()

    ctx.session.flash('error', ctx.i18n.t('verification.required'))
    return ctx.response.redirect().toPath('/auth/verify-email')
  }
}
