import { args, flags } from '@adonisjs/core/ace'
import UserCommand from './_user_command.js'

/** `user:delete`: removes an account for good, after confirmation. */
export default class UserDelete extends UserCommand {
  static commandName = 'user:delete'
  static description = 'Delete an account (asks first unless --force; never the last admin)'

  @args.string({ description: 'Id, email or username' })
  declare user: string

  @flags.boolean({ description: 'Delete without asking' })
  declare force?: boolean

  async run() {
    const { default: DeleteUser } = await import('#actions/users/delete_user')
    const user = await this.findUser(this.user)
    if (!this.force) {
      if (!this.interactive) return this.fail('Pass --force to delete without confirmation.')
      const sure = await this.prompt.confirm(`Delete "${user.username}" <${user.email}> for good?`)
      if (!sure) return this.fail('Nothing was deleted.')
    }
    await new DeleteUser().handle(user, this.actor)
    this.logger.success(`"${user.username}" is deleted.`)
  }
}
