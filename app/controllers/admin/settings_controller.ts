import type { HttpContext } from '@adonisjs/core/http'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import ListSettings from '#actions/settings/list_settings'
import UpdateSettings from '#actions/settings/update_settings'
import { SETTING_GROUPS } from '#support/settings/definitions'
import { isSettingGroup } from '#support/settings/registry'
import { settingsForm } from '#support/settings/settings_form'
import { validateSettingsForm } from '#support/settings/form_request'

/** The admin's settings page: one tab and one form per group of the registry. */
export default class SettingsController {
  async show(ctx: HttpContext) {
    await ctx.bouncer.authorize('accessAdmin')
    const requested = ctx.request.input('group')
    const group = isSettingGroup(requested) ? requested : 'site'
    return ctx.view.render('pages/admin/settings', {
      groups: SETTING_GROUPS,
      group,
      fields: settingsForm(await new ListSettings().handle(group)),
    })
  }

  async update(ctx: HttpContext) {
    await ctx.bouncer.authorize('accessAdmin')
    const group = ctx.params.group
    if (!isSettingGroup(group)) return ctx.response.notFound()
    const change = await validateSettingsForm(ctx, group)
    if (!change) return ctx.response.redirect().toPath(`/admin/settings?group=${group}`)
    await new UpdateSettings().handle(group, change, {
      actorId: ctx.auth.user!.id,
      ...RecordAuditEvent.fromRequest(ctx),
    })
    ctx.session.flash('success', ctx.i18n.t('settings.saved'))
    return ctx.response.redirect().toPath(`/admin/settings?group=${group}`)
  }
}
