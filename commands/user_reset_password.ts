import { args, flags } from '@adonisjs/core/ace'
import UserCommand from './_user_command.js'

/** `user:reset-password`: mails a reset link, or sets a password piped in. */
export default class UserResetPassword extends UserCommand {
  static commandName = 'user:reset-password'
  static description = 'Email a password reset link, or set the password from stdin'
  static help = [
    'Without flags the owner gets the same reset link as from "Forgot your password?".',
    'With --password-stdin the password is set at once and every session of the account ends:',
    '  echo "$PASSWORD" | node ace user:reset-password ann --password-stdin',
  ]

  @args.string({ description: 'Id, email or username' })
  declare user: string

  @flags.boolean({ description: 'Set the password read from stdin instead of sending a link' })
  declare passwordStdin?: boolean

  async run() {
    const user = await this.findUser(this.user)
    if (this.passwordStdin) {
      const { setPasswordValidator } = await import('#validators/user')
      const { default: ChangePassword } = await import('#actions/users/change_password')
      const { password } = await setPasswordValidator.validate(
        { password: await this.readPasswordFromStdin() },
        this.validation
      )
      await new ChangePassword().handle(user, password, this.actor)
      return this.logger.success(`The password of "${user.username}" is set; its sessions ended.`)
    }

    const { default: RequestPasswordReset } = await import('#actions/auth/request_password_reset')
    // The operator works on this machine: loopback stands for their address.
    const outcome = await new RequestPasswordReset().handle({
      email: user.email,
      request: { via: 'cli', ip: '127.0.0.1', userAgent: null },
    })
    if (outcome.status === 'throttled') {
      const minutes = Math.ceil(outcome.retryAfterSeconds / 60)
      return this.fail(`Too many reset emails were sent lately; try again in ${minutes} minutes.`)
    }
    this.logger.success(`A password reset link was sent to <${user.email}>.`)
  }
}
