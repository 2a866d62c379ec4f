import type { SettingSummary } from '#actions/settings/list_settings'
import { findSetting, formField } from '#support/settings/registry'

/**
 * What the settings page needs to draw each field: its declaration, its form
 * name and its current value ready for an input. Secrets carry no value,
 * only whether one is set.
 */
export function settingsForm(settings: SettingSummary[]) {
  return settings.map((summary) => {
    const declaration = findSetting(summary.key)!
    return {
      ...declaration,
      field: formField(summary.key),
      isSet: summary.isSet,
      value: summary.type === 'json' ? JSON.stringify(summary.value, null, 2) : summary.value,
    }
  })
}
