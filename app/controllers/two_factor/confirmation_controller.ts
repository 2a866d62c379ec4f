import type { HttpContext } from '@adonisjs/core/http'
import ConfirmEnrolment from '#actions/two_factor/confirm_enrolment'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import { confirmEnrolmentValidator } from '#validators/two_factor'
import { flashFieldError } from '#support/form_feedback'
import { TWO_FACTOR_PATH } from '#support/two_factor_requirement'
import {
  forgetPendingSecret,
  pendingSecret,
  RECOVERY_CODES_FLASH_KEY,
} from '#support/two_factor_enrolment'

/** Turning 2FA on, second half: the first code from the app confirms the secret. */
export default class ConfirmationController {
  async store(ctx: HttpContext) {
    const user = ctx.auth.getUserOrFail()
    const secret = pendingSecret(ctx, user)
    if (!secret) return ctx.response.redirect().toPath(TWO_FACTOR_PATH)

    const { code } = await ctx.request.validateUsing(confirmEnrolmentValidator)
    const outcome = await new ConfirmEnrolment().handle({
      user,
      secret,
      code,
      origin: RecordAuditEvent.fromRequest(ctx),
    })
    if (outcome.status === 'invalid_code') {
      flashFieldError(ctx, 'code', ctx.i18n.t('two_factor.errors.invalid_code'))
      return ctx.response.redirect().toPath(`${TWO_FACTOR_PATH}/enrolment`)
    }

    forgetPendingSecret(ctx)
    if (outcome.status === 'already_enabled') return ctx.response.redirect().toPath(TWO_FACTOR_PATH)
    ctx.session.flash('success', ctx.i18n.t('two_factor.settings.enabled'))
    ctx.session.flash(RECOVERY_CODES_FLASH_KEY, outcome.recoveryCodes)
    return ctx.response.redirect().toPath(`${TWO_FACTOR_PATH}/recovery-codes`)
  }
}
