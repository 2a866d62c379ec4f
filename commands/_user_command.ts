import { text } from 'node:stream/consumers'
import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { errors as vineErrors } from '@vinejs/vine'
import i18nManager from '@adonisjs/i18n/services/main'
import type User from '#models/user'
import { CLI_ACTOR } from '#actions/users/actor'
import { LastAdminException, UserNotFoundException } from '#actions/users/user_errors'

/**
 * The roles as the help text names them. Written out because the help is
 * read before the app boots, when the User model must not be loaded yet;
 * a test keeps it equal to USER_ROLES.
 */
export const ROLES_HELP = 'admin, editor, author, member'

type ValidationMessage = { message: string; meta?: { choices?: readonly string[] } }

/**
 * What the `user:*` commands share: they boot the app, find accounts the
 * way operators name them, validate with the web's validators (English
 * messages), and turn a known failure into one sentence and exit code 1.
 * The file name starts with "_" so ace does not load it as a command.
 *
 * Commands import models, validators and actions inside `run`: ace reads
 * every command file before the app boots, and those modules capture
 * services (hash, Lucid's `unique` rule) that only exist after boot.
 */
export default abstract class UserCommand extends BaseCommand {
  static options: CommandOptions = { startApp: true }

  /** Prompts need a person at a terminal; scripts and pipes get errors instead. */
  interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY)

  protected actor = CLI_ACTOR

  /** Options that make a web validator speak the CLI's language. */
  protected get validation() {
    return { messagesProvider: i18nManager.locale('en').createMessagesProvider() }
  }

  protected async findUser(identifier: string): Promise<User> {
    const { default: FindUser } = await import('#actions/users/find_user')
    return new FindUser().handle(identifier)
  }

  /** Asks for a value a flag did not give, when someone is there to answer. */
  protected async askIfInteractive(title: string): Promise<string | undefined> {
    return this.interactive ? this.prompt.ask(title) : undefined
  }

  /** Writes a value as JSON on stdout, and nothing else. */
  protected printJson(value: unknown) {
    this.logger.log(JSON.stringify(value, null, 2))
  }

  /** Reports bad input in one sentence and makes the command exit with 1. */
  protected fail(sentence: string) {
    this.logger.error(sentence)
    this.exitCode = 1
  }

  /** A password piped in; only the final line break is dropped (`echo` adds one). */
  protected async readPasswordFromStdin(): Promise<string> {
    const piped = await text(process.stdin)
    return piped.replace(/\r?\n$/, '')
  }

  /** Asks for a new password twice, without echoing it. */
  protected async promptNewPassword(): Promise<string> {
    const password = await this.prompt.secure('Password')
    const again = await this.prompt.secure('Password again')
    if (password !== again) throw new vineErrors.E_VALIDATION_ERROR([CONFIRMATION_MISMATCH])
    return password
  }

  /** Ace calls this after `run`: known failures are reported, not crashes. */
  async completed() {
    if (!this.error) return false
    const sentence = failureSentence(this.error) ?? (await notInstalledSentence())
    if (!sentence) return false
    this.fail(sentence)
    return true
  }
}

const CONFIRMATION_MISMATCH = {
  field: 'password',
  rule: 'confirmed',
  message: 'The password and its confirmation do not match',
}

/** Before the install there are no accounts to work on: say so rather than show a SQL error. */
async function notInstalledSentence(): Promise<string | undefined> {
  const { isInstalled } = await import('#support/install_state')
  if (await isInstalled()) return undefined
  return 'This site is not installed yet: run `node bin/filamenta.js install` first.'
}

function failureSentence(error: unknown): string | undefined {
  if (error instanceof UserNotFoundException || error instanceof LastAdminException) {
    return error.message
  }
  if (error instanceof vineErrors.E_VALIDATION_ERROR) {
    const [first] = error.messages as ValidationMessage[]
    const choices = first.meta?.choices ? ` (${first.meta.choices.join(', ')})` : ''
    return `${first.message}${choices}.`
  }
}
