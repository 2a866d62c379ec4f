import { text } from 'node:stream/consumers'
import { args, flags } from '@adonisjs/core/ace'
import { UnknownSettingException } from '#actions/settings/setting_errors'
import SettingsCommand from './_settings_command.js'

/** `settings:set`: changes one setting, validated like the settings page; secrets come from stdin. */
export default class SettingsSet extends SettingsCommand {
  static commandName = 'settings:set'
  static description = 'Change one setting (secrets are read from stdin, never from arguments)'
  static help = [
    'node ace settings:set site.name "My site"',
    'node ace settings:set security.two_factor_required_roles admin,editor',
    'printf %s "$SMTP_PASSWORD" | node ace settings:set mail.smtp.password',
    'Without VALUE the value is read from stdin (asked for at a terminal).',
    '--reset puts the setting back to its default; for a secret it clears the saved value.',
  ]

  @args.string({ description: 'Setting key, e.g. site.name (see settings:list)' })
  declare key: string

  @args.string({
    description: 'New value ("" empties a text); leave out to read it from stdin',
    required: false,
    allowEmptyValue: true,
  })
  declare value?: string

  @flags.boolean({ description: 'Put the setting back to its default (clear a secret)' })
  declare reset?: boolean

  protected get settingKey() {
    return this.key
  }

  async run() {
    const { findSetting } = await import('#support/settings/registry')
    const { default: SetSetting } = await import('#actions/settings/set_setting')
    const setting = findSetting(this.key)
    if (!setting) throw new UnknownSettingException(this.key)
    const secret = setting.type === 'secret'
    if (this.reset && this.value !== undefined) {
      return this.fail('Give either a value or --reset, not both.')
    }
    if (secret && this.value !== undefined) {
      return this.fail(
        `${this.key} is a secret: pipe it on stdin instead, so it stays out of the shell history and the process list.`
      )
    }
    const value = this.reset ? undefined : (this.value ?? (await this.readValue(secret)))
    if (value === '' && secret) {
      return this.fail(`No value was read for ${this.key}; use --reset to clear it.`)
    }

    const { changed } = await new SetSetting().handle({ key: this.key, value, actor: this.actor })
    if (changed.length === 0) return this.logger.info(`${this.key} already had this value.`)
    this.logger.success(
      this.reset ? `${this.key} is back to its default.` : `${this.key} is saved.`
    )
  }

  /** A value typed at a terminal (hidden for a secret), else piped in without its final line break. */
  protected async readValue(secret: boolean): Promise<string> {
    if (process.stdin.isTTY && process.stdout.isTTY) {
      return secret ? this.prompt.secure(this.key) : this.prompt.ask(this.key)
    }
    const piped = await text(process.stdin)
    return piped.replace(/\r?\n$/, '')
  }
}
