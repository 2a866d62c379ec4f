import { getSetting } from '#support/settings/get_setting'
import type { SettingGroup, SettingType } from '#support/settings/definitions'
import { DECLARED_SETTINGS, type SettingKey } from '#support/settings/registry'

/** One setting as lists show it: a secret's value is always null, `isSet` tells the rest. */
export type SettingSummary = {
  key: SettingKey
  group: SettingGroup
  type: SettingType
  value: unknown
  default: unknown
  secret: boolean
  isSet: boolean
}

/** Every declared setting with its current value, secrets masked; optionally one group. */
export default class ListSettings {
  /** The settings in registry order, those of one group when it is given. */
  async handle(group?: SettingGroup): Promise<SettingSummary[]> {
    const settings = DECLARED_SETTINGS.filter((setting) => !group || setting.group === group)
    return Promise.all(
      settings.map(async (setting) => {
        const value: unknown = await getSetting(setting.key)
        const secret = setting.type === 'secret'
        return {
          key: setting.key,
          group: setting.group,
          type: setting.type,
          value: secret ? null : value,
          default: setting.default,
          secret,
          isSet: value !== null && value !== '',
        }
      })
    )
  }
}
