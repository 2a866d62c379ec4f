import type { HttpContext } from '@adonisjs/core/http'
import RegenerateRecoveryCodes from '#actions/two_factor/regenerate_recovery_codes'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import { regenerateRecoveryCodesValidator } from '#validators/two_factor'
import { flashFieldError } from '#support/form_feedback'
import { TWO_FACTOR_PATH } from '#support/two_factor_requirement'
import { RECOVERY_CODES_FLASH_KEY } from '#support/two_factor_enrolment'

/** New recovery codes: shown once after they are made, and made again on request. */
export default class RecoveryCodesController {
  async show({ response, session, view }: HttpContext) {
    const codes = session.flashMessages.get(RECOVERY_CODES_FLASH_KEY)
    if (!Array.isArray(codes)) return response.redirect().toPath(TWO_FACTOR_PATH)
    response.header('Cache-Control', 'no-store')
    return view.render('pages/account/two_factor_recovery_codes', { codes })
  }

  async store(ctx: HttpContext) {
    const { currentPassword } = await ctx.request.validateUsing(regenerateRecoveryCodesValidator)
    const outcome = await new RegenerateRecoveryCodes().handle({
      user: ctx.auth.getUserOrFail(),
      password: currentPassword,
      origin: RecordAuditEvent.fromRequest(ctx),
    })
    if (outcome.status === 'wrong_password') {
      flashFieldError(ctx, 'currentPassword', ctx.i18n.t('two_factor.errors.wrong_password'))
    }
    if (outcome.status !== 'regenerated') return ctx.response.redirect().toPath(TWO_FACTOR_PATH)

    ctx.session.flash('success', ctx.i18n.t('two_factor.recovery_codes.regenerated'))
    ctx.session.flash(RECOVERY_CODES_FLASH_KEY, outcome.recoveryCodes)
    return ctx.response.redirect().toPath(`${TWO_FACTOR_PATH}/recovery-codes`)
  }
}
