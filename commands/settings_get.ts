import { args, flags } from '@adonisjs/core/ace'
import SettingsCommand from './_settings_command.js'

/** `settings:get`: one setting's value; a secret only with --reveal, which is audited. */
export default class SettingsGet extends SettingsCommand {
  static commandName = 'settings:get'
  static description = 'Print the value of one setting'
  static help = [
    'Text is printed as it is, other values as JSON (always JSON with --json).',
    'A secret is not printed unless --reveal is given; each reveal is recorded in the audit trail.',
  ]

  @args.string({ description: 'Setting key, e.g. site.name (see settings:list)' })
  declare key: string

  @flags.boolean({ description: 'Print a secret value (recorded in the audit trail)' })
  declare reveal?: boolean

  @flags.boolean({ description: 'Print the value as JSON' })
  declare json?: boolean

  protected get settingKey() {
    return this.key
  }

  async run() {
    const { default: ShowSetting } = await import('#actions/settings/show_setting')
    const value = await new ShowSetting().handle(this.key, {
      reveal: this.reveal,
      actor: this.actor,
    })
    this.logger.log(typeof value === 'string' && !this.json ? value : JSON.stringify(value))
  }
}
