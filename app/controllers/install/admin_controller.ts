import type { HttpContext } from '@adonisjs/core/http'
import { adminStepValidator } from '#validators/install'
import {
  redirectToMissingStep,
  saveWizardState,
  stepsView,
  wizardState,
} from '#support/install_wizard'

/** Step 5: the first administrator account. */
export default class AdminController {
  async show(ctx: HttpContext) {
    if (redirectToMissingStep(ctx, 'admin')) return
    const saved = wizardState(ctx).admin
    return ctx.view.render('pages/install/admin', {
      ...stepsView(ctx, 'admin'),
      values: { email: saved?.email ?? '', username: saved?.username ?? '' },
    })
  }

  async store(ctx: HttpContext) {
    if (redirectToMissingStep(ctx, 'admin')) return
    const { email, username, password } = await ctx.request.validateUsing(adminStepValidator)
    saveWizardState(ctx, { admin: { email, username, password } })
    return ctx.response.redirect().toPath('/install/mail')
  }
}
