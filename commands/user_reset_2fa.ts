import { args } from '@adonisjs/core/ace'
import UserCommand from './_user_command.js'

/** `user:reset-2fa`: for someone who lost their authenticator. */
export default class UserResetTwoFactor extends UserCommand {
  static commandName = 'user:reset-2fa'
  static description = 'Turn off two-factor authentication and delete the recovery codes'

  @args.string({ description: 'Id, email or username' })
  declare user: string

  async run() {
    const { default: ResetTwoFactor } = await import('#actions/users/reset_two_factor')
    const user = await this.findUser(this.user)
    const wasEnabled = await new ResetTwoFactor().handle(user, this.actor)
    this.logger.success(
      wasEnabled
        ? `Two-factor authentication is off for "${user.username}"; they can enrol again.`
        : `"${user.username}" had no two-factor authentication; nothing left to reset.`
    )
  }
}
