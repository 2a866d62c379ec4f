import type { HttpContext } from '@adonisjs/core/http'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import SendTestEmail from '#actions/settings/send_test_email'
import { flashTypedValues, validateSettingsForm } from '#support/settings/form_request'

const MAIL_PAGE = '/admin/settings?group=mail'

/** "Send test email" on the mail settings: tries the values as typed, saves nothing. */
export default class SettingsTestEmailController {
  async store(ctx: HttpContext) {
    await ctx.bouncer.authorize('accessAdmin')
    const mail = await validateSettingsForm(ctx, 'mail')
    if (!mail) return ctx.response.redirect().toPath(MAIL_PAGE)

    const to = ctx.auth.user!.email
    const outcome = await new SendTestEmail().handle(
      mail,
      {
        to,
        subject: ctx.i18n.t('settings.test_email.subject'),
        text: ctx.i18n.t('settings.test_email.body'),
      },
      RecordAuditEvent.actorOf(ctx)
    )
    flashTypedValues(ctx, 'mail')
    if (outcome.status === 'sent') {
      ctx.session.flash('success', ctx.i18n.t('settings.test_email.sent', { email: to }))
    } else if (outcome.status === 'no_host') {
      ctx.session.flash('error', ctx.i18n.t('settings.test_email.no_host'))
    } else {
      ctx.session.flash(
        'error',
        ctx.i18n.t('settings.test_email.failed', { reason: outcome.reason })
      )
    }
    return ctx.response.redirect().toPath(MAIL_PAGE)
  }
}
