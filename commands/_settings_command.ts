import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { errors as vineErrors } from '@vinejs/vine'
import { CLI_ACTOR } from '#actions/users/actor'
import { SettingRefusedException, UnknownSettingException } from '#actions/settings/setting_errors'

/**
 * What the `settings:*` commands share: they boot the app, act as the CLI
 * in the audit trail, and turn a known failure (unknown key, refused or
 * invalid value) into one sentence on stderr and exit code 1. The file
 * name starts with "_" so ace does not load it as a command.
 */
export default abstract class SettingsCommand extends BaseCommand {
  static options: CommandOptions = { startApp: true }

  protected actor = CLI_ACTOR

  /** The key the command works on, named in validation messages. */
  protected abstract get settingKey(): string | undefined

  protected printJson(value: unknown) {
    this.logger.log(JSON.stringify(value, null, 2))
  }

  /** Reports bad input in one sentence and makes the command exit with 1. */
  protected fail(sentence: string) {
    this.logger.error(sentence)
    this.exitCode = 1
  }

  /** Ace calls this after `run`: known failures are reported, not crashes. */
  async completed() {
    const error = this.error
    if (error instanceof UnknownSettingException || error instanceof SettingRefusedException) {
      this.fail(error.message)
      return true
    }
    if (error instanceof vineErrors.E_VALIDATION_ERROR) {
      const [first] = error.messages as { message: string; meta?: { choices?: string[] } }[]
      const choices = first.meta?.choices ? ` The choices: ${first.meta.choices.join(', ')}.` : ''
      this.fail(`Invalid value for ${this.settingKey}: ${first.message}${choices}`)
      return true
    }
    return false
  }
}
