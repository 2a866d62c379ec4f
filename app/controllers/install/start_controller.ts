import type { HttpContext } from '@adonisjs/core/http'
import LanguageController from '#controllers/install/language_controller'
import { currentStep, wizardState } from '#support/install_wizard'

/**
 * `/install` opens the wizard: a newcomer gets its first step right here,
 * someone coming back resumes at the first step not yet done.
 */
export default class StartController {
  async handle(ctx: HttpContext) {
    const step = currentStep(wizardState(ctx))
    if (step === 'language') return new LanguageController().show(ctx)
    return ctx.response.redirect().toPath(`/install/${step}`)
  }
}
