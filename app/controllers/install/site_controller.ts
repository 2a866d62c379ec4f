import type { HttpContext } from '@adonisjs/core/http'
import { siteStepValidator } from '#validators/install'
import { DEFAULT_SITE_NAME } from '#support/site_settings'
import {
  redirectToMissingStep,
  saveWizardState,
  stepsView,
  wizardState,
} from '#support/install_wizard'

/** Step 4: site name, public URL and default language. */
export default class SiteController {
  async show(ctx: HttpContext) {
    if (redirectToMissingStep(ctx, 'site')) return
    const state = wizardState(ctx)
    const values = state.site ?? {
      siteName: DEFAULT_SITE_NAME,
      siteUrl: `${ctx.request.protocol()}://${ctx.request.host()}`,
      locale: state.locale ?? ctx.i18n.locale,
    }
    return ctx.view.render('pages/install/site', { ...stepsView(ctx, 'site'), values })
  }

  async store(ctx: HttpContext) {
    if (redirectToMissingStep(ctx, 'site')) return
    const site = await ctx.request.validateUsing(siteStepValidator)
    saveWizardState(ctx, { site: { ...site, siteUrl: site.siteUrl.replace(/\/+$/, '') } })
    return ctx.response.redirect().toPath('/install/admin')
  }
}
