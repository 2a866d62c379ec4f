import { args } from '@adonisjs/core/ace'
import UserCommand, { ROLES_HELP } from './_user_command.js'

/** `user:set-role`: gives an account another role. */
export default class UserSetRole extends UserCommand {
  static commandName = 'user:set-role'
  static description = `Give an account a role: ${ROLES_HELP}`

  @args.string({ description: 'Id, email or username' })
  declare user: string

  @args.string({ description: `New role: ${ROLES_HELP}` })
  declare role: string

  async run() {
    const { roleValidator } = await import('#validators/user')
    const { default: SetUserRole } = await import('#actions/users/set_user_role')
    const { role } = await roleValidator.validate({ role: this.role }, this.validation)
    const user = await this.findUser(this.user)
    const changed = await new SetUserRole().handle(user, role, this.actor)
    this.logger.success(
      changed ? `"${user.username}" is now ${role}.` : `"${user.username}" already is ${role}.`
    )
  }
}
