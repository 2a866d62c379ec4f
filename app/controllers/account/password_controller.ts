import type { HttpContext } from '@adonisjs/core/http'
import { changePasswordValidator } from '#validators/profile'
import { USER_SESSION_KEY } from '#actions/auth/complete_login'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import ChangePassword from '#actions/users/change_password'

/** Changing one's own password, from the profile page. */
export default class PasswordController {
  async update(ctx: HttpContext) {
    const user = ctx.auth.getUserOrFail()
    const { password } = await ctx.request.validateUsing(changePasswordValidator, {
      meta: { passwordHash: user.password },
    })
    await new ChangePassword().handle(user, password, RecordAuditEvent.actorOf(ctx), {
      exceptSessionId: ctx.session.get(USER_SESSION_KEY),
    })
    // A new session id too, so a copied session cookie dies with the old password.
    ctx.session.regenerate()
    ctx.session.flash('success', ctx.i18n.t('profile.password.changed'))
    return ctx.response.redirect().toPath('/account/profile')
  }
}
