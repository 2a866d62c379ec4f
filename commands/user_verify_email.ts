import { args } from '@adonisjs/core/ace'
import UserCommand from './_user_command.js'

/** `user:verify-email`: confirms an address without the emailed link. */
export default class UserVerifyEmail extends UserCommand {
  static commandName = 'user:verify-email'
  static description = 'Mark an account email address as confirmed'

  @args.string({ description: 'Id, email or username' })
  declare user: string

  async run() {
    const { default: VerifyUserEmail } = await import('#actions/users/verify_user_email')
    const user = await this.findUser(this.user)
    const verified = await new VerifyUserEmail().handle(user, this.actor)
    this.logger.success(
      verified ? `<${user.email}> is now confirmed.` : `<${user.email}> was already confirmed.`
    )
  }
}
