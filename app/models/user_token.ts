import { UserTokenSchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#models/user'

export const USER_TOKEN_PURPOSES = ['verify_email', 'reset_password'] as const
export type UserTokenPurpose = (typeof USER_TOKEN_PURPOSES)[number]

/** A single-use token sent by email; only its sha256 is stored. */
export default class UserToken extends UserTokenSchema {
  static table = 'user_tokens'

  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>
}
