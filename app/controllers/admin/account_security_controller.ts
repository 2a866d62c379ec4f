import type { HttpContext } from '@adonisjs/core/http'
import { USER_ROLES } from '#models/user'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import { accountSecurityValidator } from '#validators/account_security'
import { accountSecuritySettings } from '#support/account_security_settings'
import UpdateAccountSecuritySettings from '#actions/settings/update_account_security_settings'

/** The admin's account-security settings: registration, verification, 2FA, lockout. */
export default class AccountSecurityController {
  async show(ctx: HttpContext) {
    await ctx.bouncer.authorize('accessAdmin')
    return ctx.view.render('pages/admin/account_security', {
      settings: await accountSecuritySettings(),
      roles: USER_ROLES,
    })
  }

  async update(ctx: HttpContext) {
    await ctx.bouncer.authorize('accessAdmin')
    const input = await ctx.request.validateUsing(accountSecurityValidator)
    await new UpdateAccountSecuritySettings().handle(input, {
      id: ctx.auth.user!.id,
      ...RecordAuditEvent.fromRequest(ctx),
    })
    ctx.session.flash('success', ctx.i18n.t('admin.account_security.saved'))
    return ctx.response.redirect().toPath('/admin/account-security')
  }
}
