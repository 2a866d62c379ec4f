import db from '@adonisjs/lucid/services/db'
import type { Actor } from '#actions/users/actor'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import { saveSetting } from '#support/settings_store'
import { getSetting } from '#support/settings/get_setting'
import { maskedValue } from '#support/settings/masking'
import type { SettingGroup, StoredImage } from '#support/settings/definitions'
import type { SettingsChange } from '#support/settings/setting_values'
import { deleteLogo, storeLogo } from '#support/settings/site_logo_files'
import { findSetting, type SettingKey } from '#support/settings/registry'

/**
 * Applies what an admin changed in one group of settings: the values in one
 * transaction, with one audit entry listing each change before and after
 * (secrets masked). A replaced logo's old file is deleted once the new one
 * is saved. Called by the settings page and `settings:set`.
 */
export default class UpdateSettings {
  /** Saves the settings that differ from the stored ones and returns their keys. */
  async handle(group: SettingGroup, change: SettingsChange, actor: Actor) {
    const wanted = await this.wantedValues(change)
    const before: Record<string, unknown> = {}
    for (const key of Object.keys(wanted) as SettingKey[]) before[key] = await getSetting(key)
    const changed = (Object.keys(wanted) as SettingKey[]).filter(
      (key) => JSON.stringify(before[key]) !== JSON.stringify(wanted[key])
    )

    try {
      await db.transaction(async (trx) => {
        for (const key of changed) {
          const secret = findSetting(key)!.type === 'secret'
          await saveSetting(key, wanted[key], { secret, client: trx })
        }
        if (changed.length === 0) return
        await new RecordAuditEvent().handle(
          {
            event: 'settings.changed',
            ...actor,
            targetType: 'settings',
            targetId: group,
            changes: { before: this.masked(changed, before), after: this.masked(changed, wanted) },
          },
          trx
        )
      })
    } catch (error) {
      if (change.logo && change.logo !== 'remove')
        await deleteLogo(wanted['site.logo'] as StoredImage)
      throw error
    }
    if (changed.includes('site.logo')) await deleteLogo(before['site.logo'] as StoredImage | null)
    return { changed }
  }

  /** Every value the change sets, with secrets and the logo resolved. */
  protected async wantedValues(change: SettingsChange) {
    const wanted: Partial<Record<SettingKey, unknown>> = { ...change.values }
    for (const [key, secret] of Object.entries(change.secrets)) wanted[key as SettingKey] = secret
    for (const key of change.clearSecrets) wanted[key] = null
    if (change.logo === 'remove') wanted['site.logo'] = null
    else if (change.logo) wanted['site.logo'] = await storeLogo(change.logo.tmpPath)
    return wanted
  }

  protected masked(keys: SettingKey[], values: Record<string, unknown>) {
    return Object.fromEntries(keys.map((key) => [key, maskedValue(findSetting(key)!, values[key])]))
  }
}
