import { UserSchema } from '#database/schema'
import hash from '@adonisjs/core/services/hash'
import { compose } from '@adonisjs/core/helpers'
import { withAuthFinder } from '@adonisjs/auth/mixins/lucid'
import { DbRememberMeTokensProvider } from '@adonisjs/auth/session'

export const USER_ROLES = ['admin', 'editor', 'author', 'member'] as const
export type UserRole = (typeof USER_ROLES)[number]

// People sign in with either their email or their username.
// Resolved lazily: ace loads command files before the app boots the hasher.
const AuthFinder = withAuthFinder(() => hash.use(), {
  uids: ['email', 'username'],
  passwordColumnName: 'password',
})

/** A person with an account: credentials, role, language and security state. */
export default class User extends compose(UserSchema, AuthFinder) {
  static table = 'users'

  static rememberMeTokens = DbRememberMeTokensProvider.forModel(User)

  get isAdmin() {
    return this.role === 'admin'
  }

  get isEmailVerified() {
    return this.emailVerifiedAt !== null
  }
}
