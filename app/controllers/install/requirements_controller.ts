import type { HttpContext } from '@adonisjs/core/http'
import { checkRequirements } from '#actions/install/check_requirements'
import { redirectToMissingStep, saveWizardState, stepsView } from '#support/install_wizard'

/** Step 2: Node version, writable folders, database reachable. */
export default class RequirementsController {
  async show(ctx: HttpContext) {
    if (redirectToMissingStep(ctx, 'requirements')) return
    const checks = await checkRequirements()
    return ctx.view.render('pages/install/requirements', {
      ...stepsView(ctx, 'requirements'),
      checks,
      allPassed: checks.every((check) => check.ok),
    })
  }

  async store(ctx: HttpContext) {
    if (redirectToMissingStep(ctx, 'requirements')) return
    const checks = await checkRequirements()
    if (!checks.every((check) => check.ok)) {
      ctx.session.flash('error', ctx.i18n.t('install.requirements.failed'))
      return ctx.response.redirect().toPath('/install/requirements')
    }
    saveWizardState(ctx, { requirementsPassed: true })
    return ctx.response.redirect().toPath('/install/database')
  }
}
