import type { HttpContext } from '@adonisjs/core/http'
import type { Infer } from '@vinejs/vine/types'
import type { DatabaseChoice } from '#support/database_connection'
import type { SupportedLocale } from '#support/locales'
import type { mailStepValidator, siteStepValidator } from '#validators/install'

export const WIZARD_STEPS = [
  'language',
  'requirements',
  'database',
  'site',
  'admin',
  'mail',
  'finish',
] as const
export type WizardStep = (typeof WIZARD_STEPS)[number]

/**
 * What the visitor has chosen so far. It lives in the session, which is an
 * AES-256-GCM encrypted, HttpOnly cookie: there is no database to keep it in
 * yet, and it is deleted as soon as the install succeeds.
 */
export type WizardState = {
  locale?: SupportedLocale
  requirementsPassed?: boolean
  database?: DatabaseChoice
  site?: Infer<typeof siteStepValidator>
  admin?: { email: string; username: string; password: string }
  mail?: Infer<typeof mailStepValidator> | null
}

const SESSION_KEY = 'installWizard'

export function wizardState(ctx: HttpContext): WizardState {
  return ctx.session.get(SESSION_KEY, {}) as WizardState
}

export function saveWizardState(ctx: HttpContext, changes: Partial<WizardState>) {
  ctx.session.put(SESSION_KEY, { ...wizardState(ctx), ...changes })
}

export function clearWizardState(ctx: HttpContext) {
  ctx.session.forget(SESSION_KEY)
}

/** A step is done when the visitor has submitted it successfully. */
function isDone(state: WizardState, step: WizardStep): boolean {
  switch (step) {
    case 'language':
      return state.locale !== undefined
    case 'requirements':
      return state.requirementsPassed === true
    case 'database':
      return state.database !== undefined
    case 'site':
      return state.site !== undefined
    case 'admin':
      return state.admin !== undefined
    case 'mail':
      return state.mail !== undefined
    case 'finish':
      return false
  }
}

/** The first step not yet done: where the wizard resumes. */
export function currentStep(state: WizardState): WizardStep {
  return WIZARD_STEPS.find((step) => !isDone(state, step)) ?? 'finish'
}

/**
 * Redirects to the first missing step when an earlier one is not done, so
 * steps cannot be skipped by typing their URL. True when it redirected.
 */
export function redirectToMissingStep(ctx: HttpContext, step: WizardStep): boolean {
  const resume = currentStep(wizardState(ctx))
  if (WIZARD_STEPS.indexOf(step) <= WIZARD_STEPS.indexOf(resume)) return false
  ctx.response.redirect().toPath(`/install/${resume}`)
  return true
}

/** Data every wizard page needs to draw the list of steps. */
export function stepsView(ctx: HttpContext, active: WizardStep) {
  const state = wizardState(ctx)
  return {
    steps: WIZARD_STEPS.map((step) => ({
      name: step,
      done: isDone(state, step),
      active: step === active,
    })),
    activeStep: active,
  }
}
