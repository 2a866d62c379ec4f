import i18nManager from '@adonisjs/i18n/services/main'
import type { Actor } from '#actions/users/actor'
import UpdateSettings from '#actions/settings/update_settings'
import { findSetting } from '#support/settings/registry'
import { storedValue } from '#support/settings/setting_values'
import { settingsMessages, valueValidator } from '#support/settings/validation'
import { SettingRefusedException, UnknownSettingException } from '#actions/settings/setting_errors'

export type SetSettingInput = {
  key: string
  /** The value as typed; `undefined` puts the setting back to its default. */
  value?: string
  actor: Actor
}

/**
 * Sets one setting from the command line: the key must be declared, the
 * value passes the same rules as the settings page (English messages), and
 * the change is saved and audited like the page's.
 */
export default class SetSetting {
  /** Validates and saves the value; throws on an unknown key or a refused value. */
  async handle({ key, value, actor }: SetSettingInput) {
    const setting = findSetting(key)
    if (!setting) throw new UnknownSettingException(key)
    if (setting.type === 'image') {
      throw new SettingRefusedException(
        `${key} is an image: upload it on the settings page of the admin area.`
      )
    }

    const change = { values: {}, secrets: {}, clearSecrets: [] as (typeof setting.key)[] }
    if (value === undefined) {
      if (setting.type === 'secret') change.clearSecrets.push(setting.key)
      else Object.assign(change.values, { [key]: setting.default })
    } else {
      // An empty value means none, as an emptied field does on the settings page.
      const valid = await valueValidator(setting).validate(
        { value: value === '' ? null : value },
        { messagesProvider: settingsMessages(i18nManager.locale('en')) }
      )
      const target = setting.type === 'secret' ? change.secrets : change.values
      Object.assign(target, { [key]: storedValue(setting, valid.value) })
    }
    return new UpdateSettings().handle(setting.group, change, actor)
  }
}
