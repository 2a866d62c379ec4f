import type { HttpContext } from '@adonisjs/core/http'
import { errors as vineErrors } from '@vinejs/vine'
import type { SettingGroup } from '#support/settings/definitions'
import { formField, settingsOfGroup } from '#support/settings/registry'
import { changeFromForm, type SettingsChange } from '#support/settings/setting_values'
import { groupValidator, settingsMessages } from '#support/settings/validation'

/**
 * Validates a group's form. On bad input the errors and the typed values
 * are flashed for the form to show again, except secrets, which must
 * never travel back to the browser (nor sit in the session), and null is
 * returned.
 */
export async function validateSettingsForm(
  ctx: HttpContext,
  group: SettingGroup
): Promise<SettingsChange | null> {
  try {
    const input = await ctx.request.validateUsing(groupValidator(group), {
      messagesProvider: settingsMessages(ctx.i18n),
    })
    return changeFromForm(group, input)
  } catch (error) {
    if (!(error instanceof vineErrors.E_VALIDATION_ERROR)) throw error
    ctx.session.flashValidationErrors(error, false)
    flashTypedValues(ctx, group)
    return null
  }
}

/**
 * Puts the typed values back in the form, secrets and files left out. The
 * marker tells the page which group they belong to, since an unticked box
 * is absent from them.
 */
export function flashTypedValues(ctx: HttpContext, group: SettingGroup) {
  const hidden = settingsOfGroup(group)
    .filter((setting) => setting.type === 'secret' || setting.type === 'image')
    .map((setting) => formField(setting.key))
  ctx.session.flashExcept(['_csrf', '_method', 'clearSecrets', ...hidden])
  ctx.session.flash('settingsTyped', group)
}
