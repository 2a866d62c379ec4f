import type { HttpContext } from '@adonisjs/core/http'
import { languageStepValidator } from '#validators/install'
import { rememberLocale } from '#support/locale_cookie'
import { saveWizardState, stepsView, wizardState } from '#support/install_wizard'

/** Step 1: the language of the wizard, and the site's default language. */
export default class LanguageController {
  async show(ctx: HttpContext) {
    const selected = wizardState(ctx).locale ?? ctx.i18n.locale
    return ctx.view.render('pages/install/language', { ...stepsView(ctx, 'language'), selected })
  }

  async store(ctx: HttpContext) {
    const { locale } = await ctx.request.validateUsing(languageStepValidator)
    saveWizardState(ctx, { locale })
    rememberLocale(ctx, locale)
    return ctx.response.redirect().toPath('/install/requirements')
  }
}
