import { readSetting } from '#support/settings_store'
import { SETTINGS, type SettingKey, type SettingValue } from '#support/settings/registry'

/** A declared setting's value, or its default when none was saved; typed by its key. */
export function getSetting<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
  return readSetting(key, SETTINGS[key].default as SettingValue<K>)
}
