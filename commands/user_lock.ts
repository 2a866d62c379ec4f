import { args, flags } from '@adonisjs/core/ace'
import UserCommand from './_user_command.js'

/** `user:lock`: blocks sign-ins to an account and signs it out everywhere. */
export default class UserLock extends UserCommand {
  static commandName = 'user:lock'
  static description = 'Lock an account (until unlocked, or for --minutes) and sign it out'

  @args.string({ description: 'Id, email or username' })
  declare user: string

  @flags.number({ description: 'Lock for this many minutes instead of until unlocked' })
  declare minutes?: number

  async run() {
    const { lockValidator } = await import('#validators/user')
    const { default: LockUser } = await import('#actions/users/lock_user')
    const { minutes } = await lockValidator.validate({ minutes: this.minutes }, this.validation)
    const user = await this.findUser(this.user)
    const until = await new LockUser().handle(user, minutes, this.actor)
    this.logger.success(
      minutes
        ? `"${user.username}" is locked until ${until.toISO()}.`
        : `"${user.username}" is locked until unlocked with user:unlock.`
    )
  }
}
