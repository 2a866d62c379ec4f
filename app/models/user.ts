import { DateTime } from 'luxon'
import { UserSchema } from '#database/schema'
import { scope } from '@adonisjs/lucid/orm'
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

  /** Admins, editors and authors: the people who write and upload, in the admin area. */
  get isWriter() {
    return this.role !== 'member'
  }

  /** Admins and editors: they edit and publish everyone's contents. */
  get isEditor() {
    return this.role === 'admin' || this.role === 'editor'
  }

  /** Locked right now: by failed sign-ins or by an admin, until `lockedUntil`. */
  get isLocked() {
    return this.lockedUntil !== null && this.lockedUntil > DateTime.now()
  }

  /**
   * Accounts locked right now (or, with `false`, those that are not). The
   * moment is formatted the way the connection stores dates, so strings
   * compare right on SQLite.
   */
  static lockedNow = scope((query, locked: boolean = true) => {
    const now = DateTime.now().toFormat(query.client.dialect.dateTimeFormat)
    if (locked) query.where('locked_until', '>', now)
    else query.where((group) => group.whereNull('locked_until').orWhere('locked_until', '<=', now))
  })

  get isEmailVerified() {
    return this.emailVerifiedAt !== null
  }
}
