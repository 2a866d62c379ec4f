import { flags } from '@adonisjs/core/ace'
import UserCommand, { ROLES_HELP } from './_user_command.js'

/** `user:list`: the accounts as a table, or a JSON array for scripts. */
export default class UserList extends UserCommand {
  static commandName = 'user:list'
  static description = 'List the accounts, optionally only one role or the locked ones'

  @flags.string({ description: `Only this role: ${ROLES_HELP}` })
  declare role?: string

  @flags.boolean({ description: 'Only accounts locked right now' })
  declare locked?: boolean

  @flags.boolean({ description: 'Print a JSON array instead of a table' })
  declare json?: boolean

  async run() {
    const { default: ListUsers } = await import('#actions/users/list_users')
    const { userSummary } = await import('#actions/users/user_summary')
    const role = this.role === undefined ? undefined : await this.validRole(this.role)
    const accounts = await new ListUsers().handle({ role, locked: this.locked })
    const users = accounts.map(userSummary)
    if (this.json) return this.printJson(users)
    if (users.length === 0) return this.logger.info('No accounts match.')

    const table = this.ui.table()
    table.head(['ID', 'Email', 'Username', 'Role', 'Verified', 'Locked', '2FA'])
    for (const user of users) {
      table.row([
        String(user.id),
        user.email,
        user.username,
        user.role,
        user.emailVerifiedAt ? 'yes' : 'no',
        user.locked ? 'yes' : 'no',
        user.twoFactorEnabled ? 'yes' : 'no',
      ])
    }
    table.render()
  }

  protected async validRole(role: string) {
    const { roleValidator } = await import('#validators/user')
    const valid = await roleValidator.validate({ role }, this.validation)
    return valid.role
  }
}
