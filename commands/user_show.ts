import { args, flags } from '@adonisjs/core/ace'
import UserCommand from './_user_command.js'

/** `user:show`: one account's details. */
export default class UserShow extends UserCommand {
  static commandName = 'user:show'
  static description = 'Show one account, found by id, email or username'

  @args.string({ description: 'Id, email or username' })
  declare user: string

  @flags.boolean({ description: 'Print the account as JSON' })
  declare json?: boolean

  async run() {
    const { userSummary } = await import('#actions/users/user_summary')
    const { isIndefiniteLock } = await import('#actions/users/lock_user')
    const user = await this.findUser(this.user)
    const summary = userSummary(user)
    if (this.json) return this.printJson(summary)

    const lock =
      !user.lockedUntil || !summary.locked
        ? 'no'
        : isIndefiniteLock(user.lockedUntil)
          ? 'until unlocked'
          : `until ${summary.lockedUntil}`
    const lines: [string, string][] = [
      ['ID', String(summary.id)],
      ['Email', summary.email],
      ['Email verified', summary.emailVerifiedAt ?? 'no'],
      ['Username', summary.username],
      ['Full name', summary.fullName ?? '-'],
      ['Role', summary.role],
      ['Language', summary.locale ?? 'site default'],
      ['Locked', lock],
      ['Failed sign-ins', String(summary.failedLoginCount)],
      ['Two-factor', summary.twoFactorEnabled ? 'on' : 'off'],
      ['Password changed', summary.passwordChangedAt ?? '-'],
      ['Created', summary.createdAt ?? '-'],
    ]
    for (const [label, value] of lines) this.logger.log(`${label.padEnd(17)}${value}`)
  }
}
