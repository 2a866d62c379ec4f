import type { HttpContext } from '@adonisjs/core/http'
import { mailStepValidator } from '#validators/install'
import { sendWithSmtpSettings } from '#services/smtp_mailer'
import {
  redirectToMissingStep,
  saveWizardState,
  stepsView,
  wizardState,
} from '#support/install_wizard'

/** Step 6: optional SMTP settings, with a test message to the admin. */
export default class MailController {
  async show(ctx: HttpContext) {
    if (redirectToMissingStep(ctx, 'mail')) return
    const state = wizardState(ctx)
    const saved = state.mail ?? undefined
    return ctx.view.render('pages/install/mail', {
      ...stepsView(ctx, 'mail'),
      values: {
        host: saved?.host ?? '',
        port: saved?.port ?? 587,
        secure: saved?.secure ?? false,
        user: saved?.user ?? '',
        fromAddress: saved?.fromAddress ?? state.admin?.email ?? '',
        fromName: saved?.fromName ?? state.site?.siteName ?? '',
      },
      adminEmail: state.admin?.email,
    })
  }

  async store(ctx: HttpContext) {
    if (redirectToMissingStep(ctx, 'mail')) return
    const intent = ctx.request.input('intent')
    if (intent === 'skip') {
      saveWizardState(ctx, { mail: null })
      return ctx.response.redirect().toPath('/install/finish')
    }

    const mail = await ctx.request.validateUsing(mailStepValidator)
    if (intent === 'test') {
      const to = wizardState(ctx).admin!.email
      ctx.session.flashExcept(['_csrf', 'password'])
      try {
        await sendWithSmtpSettings(mail, {
          to,
          subject: ctx.i18n.t('install.mail.test_subject'),
          text: ctx.i18n.t('install.mail.test_body'),
        })
        ctx.session.flash('success', ctx.i18n.t('install.mail.test_sent', { email: to }))
      } catch (error) {
        ctx.session.flash(
          'error',
          ctx.i18n.t('install.mail.test_failed', { reason: (error as Error).message })
        )
      }
      return ctx.response.redirect().toPath('/install/mail')
    }

    saveWizardState(ctx, { mail })
    return ctx.response.redirect().toPath('/install/finish')
  }
}
