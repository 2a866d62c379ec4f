import type { HttpContext } from '@adonisjs/core/http'
import { errors as vineErrors } from '@vinejs/vine'
import User from '#models/user'
import CompleteLogin from '#actions/auth/complete_login'
import InstallApplication from '#actions/install/install_application'
import { forgetSiteSettings } from '#support/site_settings'
import { AlreadyInstalledException, DatabaseUnreachableException } from '#exceptions/install_errors'
import {
  clearWizardState,
  redirectToMissingStep,
  stepsView,
  wizardState,
} from '#support/install_wizard'

/** Last step: a summary, then the install itself, then the "done" page. */
export default class FinishController {
  async show(ctx: HttpContext) {
    if (redirectToMissingStep(ctx, 'finish')) return
    const state = wizardState(ctx)
    return ctx.view.render('pages/install/finish', {
      ...stepsView(ctx, 'finish'),
      summary: {
        database: state.database,
        site: state.site,
        admin: { email: state.admin!.email, username: state.admin!.username },
        mail: state.mail,
      },
    })
  }

  async store(ctx: HttpContext) {
    if (redirectToMissingStep(ctx, 'finish')) return
    const state = wizardState(ctx)

    let result
    try {
      result = await new InstallApplication().handle({
        ...state.site,
        database: state.database,
        admin: state.admin,
        mail: state.mail ?? undefined,
      })
    } catch (error) {
      if (error instanceof AlreadyInstalledException) {
        return ctx.response.notFound(ctx.i18n.t('errors.not_found.title'))
      }
      if (error instanceof DatabaseUnreachableException) {
        ctx.session.flash(
          'error',
          ctx.i18n.t('install.database.unreachable', { reason: error.reason })
        )
        return ctx.response.redirect().toPath('/install/finish')
      }
      if (error instanceof vineErrors.E_VALIDATION_ERROR) {
        // The session was tampered with or expired mid-way: start again.
        clearWizardState(ctx)
        ctx.session.flash('error', ctx.i18n.t('install.finish.invalid_state'))
        return ctx.response.redirect().toPath('/install/language')
      }
      throw error
    }

    clearWizardState(ctx)
    forgetSiteSettings()
    const admin = await User.findOrFail(result.adminId)
    await new CompleteLogin().handle(ctx, admin)
    ctx.view.share({ currentUser: admin, siteName: state.site!.siteName })
    return ctx.view.render('pages/install/done', { admin, siteUrl: result.siteUrl })
  }
}
