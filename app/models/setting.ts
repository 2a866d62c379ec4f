import { SettingSchema } from '#database/schema'

/** One configuration value, stored as JSON text under a dotted key. */
export default class Setting extends SettingSchema {
  static table = 'settings'
  static selfAssignPrimaryKey = true
}
