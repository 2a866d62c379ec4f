import type mail from '@adonisjs/mail/services/main'
import User from '#models/user'
import type { UserTokenPurpose } from '#models/user_token'
import { STRONG_PASSWORD } from '#tests/helpers/install'
import * as userTokens from '#support/user_tokens'

/** A member whose email address is not confirmed yet. */
export function unverifiedMember(
  overrides: Partial<Pick<User, 'email' | 'username' | 'locale'>> = {}
) {
  return User.create({
    email: 'member@example.org',
    username: 'member',
    password: STRONG_PASSWORD,
    role: 'member',
    locale: 'en',
    ...overrides,
  })
}

/** The token in the link of the last message of a kind the fake mailer queued. */
export function tokenFromLastMail(mails: ReturnType<typeof mail.fake>['mails'], path: string) {
  const queued = mails.queued()
  const text = String(queued.at(-1)?.message.toObject().message.text)
  const match = text.match(new RegExp(`${path}/([A-Za-z0-9_-]+)`))
  if (!match) throw new Error(`no ${path} link in the last queued message`)
  return match[1]
}

export function issueToken(user: User, purpose: UserTokenPurpose, hours = 1) {
  return userTokens.issue(user, purpose, { hours })
}
