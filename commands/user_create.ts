import { flags } from '@adonisjs/core/ace'
import UserCommand, { ROLES_HELP } from './_user_command.js'

/** `user:create`: a new account from flags, prompts, and a password on stdin. */
export default class UserCreate extends UserCommand {
  static commandName = 'user:create'
  static description = 'Create an account (asks for what is missing on a terminal)'
  static help = [
    'The password never goes on the command line: pipe it in with --password-stdin,',
    'or type it when asked on a terminal.',
    '  echo "$PASSWORD" | node ace user:create --email ann@example.org --username ann --password-stdin',
  ]

  @flags.string({ description: 'Email address' })
  declare email?: string

  @flags.string({ description: 'Username (3 to 32 letters, digits, dots, dashes, underscores)' })
  declare username?: string

  @flags.string({ description: `Role: ${ROLES_HELP} (default: member)` })
  declare role?: string

  @flags.boolean({ description: 'Read the password from stdin' })
  declare passwordStdin?: boolean

  @flags.boolean({ description: 'Print the new account as JSON' })
  declare json?: boolean

  async run() {
    const { createUserValidator } = await import('#validators/user')
    const { default: CreateUser } = await import('#actions/users/create_user')
    const { userSummary } = await import('#actions/users/user_summary')

    const password = this.passwordStdin ? await this.readPasswordFromStdin() : undefined
    if (password === undefined && !this.interactive) {
      return this.fail('Pass the password on stdin with --password-stdin.')
    }

    const input = await createUserValidator.validate(
      {
        email: this.email ?? (await this.askIfInteractive('Email')),
        username: this.username ?? (await this.askIfInteractive('Username')),
        role: this.role ?? (await this.askForRole()),
        password: password ?? (await this.promptNewPassword()),
      },
      { ...this.validation, meta: { userId: null } }
    )
    const user = await new CreateUser().handle(input, this.actor)

    if (this.json) return this.printJson(userSummary(user))
    this.logger.success(
      `Created ${user.role} "${user.username}" <${user.email}> with id ${user.id}.`
    )
  }

  /** Members by default; a person at a terminal picks. */
  protected async askForRole() {
    if (!this.interactive) return 'member'
    const { USER_ROLES } = await import('#models/user')
    return this.prompt.choice('Role', USER_ROLES)
  }
}
