import { BaseCommand } from '@adonisjs/core/ace'
import { generateAppKey } from '#support/env_file'

/** `key:generate`: a fresh key for APP_KEY, e.g. for a new deployment's environment. */
export default class KeyGenerate extends BaseCommand {
  static commandName = 'key:generate'
  static description =
    'Print a new random key for APP_KEY (changes nothing; use key:rotate on a running site)'

  async run() {
    this.logger.log(generateAppKey())
  }
}
