import type { HttpContext } from '@adonisjs/core/http'
import { currentStep, wizardState } from '#support/install_wizard'

/** `/install` resumes the wizard at the first step not yet done. */
export default class StartController {
  async handle(ctx: HttpContext) {
    return ctx.response.redirect().toPath(`/install/${currentStep(wizardState(ctx))}`)
  }
}
