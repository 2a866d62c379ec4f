import type { HttpContext } from '@adonisjs/core/http'
import DisableTwoFactor from '#actions/two_factor/disable_two_factor'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import { disableTwoFactorValidator } from '#validators/two_factor'
import { flashFieldError } from '#support/form_feedback'
import { userNeedsTwoFactor } from '#support/two_factor_challenge'
import { roleRequiresTwoFactor, TWO_FACTOR_PATH } from '#support/two_factor_requirement'
import { unusedRecoveryCodeCount } from '#support/two_factor_recovery_codes'

/** The account's 2FA page: whether it is on, and turning it off. */
export default class SettingsController {
  async show({ auth, view }: HttpContext) {
    const user = auth.getUserOrFail()
    const enabled = userNeedsTwoFactor(user)
    return view.render('pages/account/two_factor', {
      enabled,
      enabledAt: user.twoFactorEnabledAt,
      required: await roleRequiresTwoFactor(user.role),
      unusedCodes: enabled ? await unusedRecoveryCodeCount(user.id) : 0,
    })
  }

  async destroy(ctx: HttpContext) {
    const { password, code } = await ctx.request.validateUsing(disableTwoFactorValidator)
    const outcome = await new DisableTwoFactor().handle({
      user: ctx.auth.getUserOrFail(),
      password,
      code,
      origin: RecordAuditEvent.fromRequest(ctx),
    })
    if (outcome === 'wrong_password') {
      flashFieldError(ctx, 'password', ctx.i18n.t('two_factor.errors.wrong_password'))
    } else if (outcome === 'invalid_code') {
      flashFieldError(ctx, 'code', ctx.i18n.t('two_factor.errors.invalid_code'))
    } else if (outcome === 'disabled') {
      ctx.session.flash('success', ctx.i18n.t('two_factor.settings.disabled'))
    }
    return ctx.response.redirect().toPath(TWO_FACTOR_PATH)
  }
}
