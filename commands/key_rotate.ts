import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { CLI_ACTOR } from '#actions/users/actor'
import { UnreadableSecretsException } from '#actions/keys/key_errors'
import { EnvFileWriteException } from '#actions/keys/key_env_file'

/**
 * `key:rotate`: a new APP_KEY with every stored secret re-encrypted, the
 * old key kept to decrypt sessions and cookies; `--finish` drops it later.
 * Actions are imported inside `run`: ace reads this file before the app boots.
 */
export default class KeyRotate extends BaseCommand {
  static commandName = 'key:rotate'
  static description =
    'Replace APP_KEY and re-encrypt every stored secret; --finish drops the previous keys'
  static options: CommandOptions = { startApp: true }

  @flags.boolean({ description: 'Drop the previous keys once sessions made under them may end' })
  declare finish?: boolean

  @flags.boolean({ description: 'Go ahead without asking' })
  declare force?: boolean

  @flags.boolean({ description: 'Print the result as JSON' })
  declare json?: boolean

  /** Prompts need a person at a terminal; scripts and pipes must pass --force. */
  interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY)

  async run() {
    if (!(await this.confirmed())) return
    try {
      await (this.finish ? this.finishRotation() : this.rotate())
    } catch (error) {
      const known =
        error instanceof UnreadableSecretsException || error instanceof EnvFileWriteException
      if (!known) throw error
      this.fail(error.message)
    }
  }

  protected async rotate() {
    const { default: RotateAppKey } = await import('#actions/keys/rotate_app_key')
    const result = await new RotateAppKey().handle(CLI_ACTOR)
    if (this.json) return this.logger.log(JSON.stringify(result, null, 2))

    const count = Object.values(result.reencrypted).reduce((sum, n) => sum + n, 0)
    this.logger.success(
      `New APP_KEY written to ${result.envFile}; ${count} stored secret(s) re-encrypted. ` +
        'The previous key stays in APP_KEY_PREVIOUS to decrypt sessions and cookies made before.'
    )
    if (!result.envFileHeldActiveKey) {
      this.logger.warning(
        `${result.envFile} did not hold the APP_KEY this site runs with: if your service manager ` +
          'or container sets APP_KEY, copy APP_KEY and APP_KEY_PREVIOUS from that file there.'
      )
    }
    this.logger.info(
      'Restart every app process now. Once sessions older than this rotation may end, ' +
        'run "node ace key:rotate --finish".'
    )
  }

  protected async finishRotation() {
    const { default: FinishKeyRotation } = await import('#actions/keys/finish_key_rotation')
    const result = await new FinishKeyRotation().handle(CLI_ACTOR)
    if (this.json) return this.logger.log(JSON.stringify(result, null, 2))
    if (result.droppedKeys === 0) {
      return this.logger.info('Nothing to finish: no previous key is configured.')
    }
    this.logger.success(
      `Previous key(s) dropped from ${result.envFile}. Restart every app process: sessions ` +
        'and cookies not renewed since the rotation are no longer accepted.'
    )
  }

  protected async confirmed(): Promise<boolean> {
    if (this.force) return true
    if (!this.interactive) {
      this.fail('Pass --force to go ahead without confirmation.')
      return false
    }
    const question = this.finish
      ? 'Drop the previous keys? Sessions not renewed since the rotation will be signed out.'
      : 'Replace APP_KEY and re-encrypt every stored secret?'
    if (await this.prompt.confirm(question)) return true
    this.fail('Nothing was changed.')
    return false
  }

  /** Reports a failure in one sentence and makes the command exit with 1. */
  protected fail(sentence: string) {
    this.logger.error(sentence)
    this.exitCode = 1
  }
}
