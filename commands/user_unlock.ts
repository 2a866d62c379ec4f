import { args } from '@adonisjs/core/ace'
import UserCommand from './_user_command.js'

/** `user:unlock`: lets an account sign in again. */
export default class UserUnlock extends UserCommand {
  static commandName = 'user:unlock'
  static description = 'Unlock an account and reset its failed sign-in count'

  @args.string({ description: 'Id, email or username' })
  declare user: string

  async run() {
    const { default: UnlockUser } = await import('#actions/users/unlock_user')
    const user = await this.findUser(this.user)
    await new UnlockUser().handle(user, this.actor)
    this.logger.success(`"${user.username}" is unlocked.`)
  }
}
