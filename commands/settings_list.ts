import { flags } from '@adonisjs/core/ace'
import SettingsCommand from './_settings_command.js'

const GROUPS_HELP = 'site, features, mail, security, uploads'

/** `settings:list`: every setting with its value (secrets only as set or not set). */
export default class SettingsList extends SettingsCommand {
  static commandName = 'settings:list'
  static description = 'List the settings and their values; secret values are never printed'
  static help = [
    '--json prints an array of { key, group, type, value, default, secret, isSet }:',
    'a secret has value null and isSet tells whether one is saved.',
  ]

  @flags.string({ description: `Only this group: ${GROUPS_HELP}` })
  declare group?: string

  @flags.boolean({ description: 'Print a JSON array instead of a table' })
  declare json?: boolean

  protected get settingKey() {
    return undefined
  }

  async run() {
    const { isSettingGroup } = await import('#support/settings/registry')
    const { default: ListSettings } = await import('#actions/settings/list_settings')
    const group = this.group
    if (group !== undefined && !isSettingGroup(group)) {
      return this.fail(`There is no group "${group}"; the groups are ${GROUPS_HELP}.`)
    }
    const settings = await new ListSettings().handle(group)
    if (this.json) return this.printJson(settings)

    const table = this.ui.table()
    table.head(['Key', 'Type', 'Value', 'Default'])
    for (const setting of settings) {
      const value = setting.secret ? (setting.isSet ? '(set)' : '(not set)') : shown(setting.value)
      table.row([setting.key, setting.type, value, shown(setting.default)])
    }
    table.render()
  }
}

function shown(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}
