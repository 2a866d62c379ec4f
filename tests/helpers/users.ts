import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import User, { type UserRole } from '#models/user'

export type SeededUser = {
  username: string
  email?: string
  role?: UserRole
  createdAt?: DateTime
  lockedUntil?: DateTime | null
  emailVerifiedAt?: DateTime | null
  twoFactorEnabledAt?: DateTime | null
}

/*
| Rows written straight to the table: hashing a password per account with
| argon2 would make list tests slow, and these accounts never sign in.
*/
export async function seedUsers(users: SeededUser[]): Promise<User[]> {
  const format = (date: DateTime | null | undefined) =>
    date ? date.toFormat(db.connection().dialect.dateTimeFormat) : null
  const now = DateTime.now()
  await db.table('users').multiInsert(
    users.map((user) => ({
      username: user.username,
      email: user.email ?? `${user.username}@example.org`,
      password:
        '$argon2id$v=19$m=65536,t=3,p=4$bm90LWEtcmVhbC1zYWx0$bm90LWEtcmVhbC1oYXNoLWF0LWFsbC0xMjM0NTY',
      role: user.role ?? 'member',
      failed_login_count: 0,
      created_at: format(user.createdAt ?? now),
      updated_at: format(now),
      locked_until: format(user.lockedUntil),
      email_verified_at: format(user.emailVerifiedAt),
      two_factor_enabled_at: format(user.twoFactorEnabledAt),
    }))
  )
  return User.query()
    .orderBy('id')
    .whereIn(
      'username',
      users.map((user) => user.username)
    )
}
