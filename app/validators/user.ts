import vine from '@vinejs/vine'
import type { FieldContext } from '@vinejs/vine/types'
import type { DatabaseQueryBuilderContract } from '@adonisjs/lucid/types/querybuilder'
import { USER_ROLES } from '#models/user'
import { adminFields } from '#validators/install'
import { strongPassword } from '#validators/rules/strong_password'

/** Meta data of the user validators: the account being edited, if any. */
export type UserValidatorMeta = { userId: number | null }

/*
| Email and username must be free, except on the account being edited
| (meta.userId). Usernames are compared without case so "Admin" cannot
| pose as "admin".
*/
export const uniqueUserFields = {
  email: () =>
    adminFields.email.clone().unique({
      table: 'users',
      column: 'email',
      caseInsensitive: true,
      filter: exceptEditedUser,
    }),
  username: () =>
    adminFields.username.clone().unique({
      table: 'users',
      column: 'username',
      caseInsensitive: true,
      filter: exceptEditedUser,
    }),
}

function exceptEditedUser(
  query: DatabaseQueryBuilderContract,
  _value: string,
  field: FieldContext
) {
  const userId = (field.meta as Partial<UserValidatorMeta>).userId
  if (userId) query.whereNot('id', userId)
}

export const roleField = () => vine.enum(USER_ROLES)
export const newPasswordField = () => vine.string().maxLength(128).use(strongPassword())

/** A new account as an operator or an admin creates it. */
export const createUserValidator = vine.withMetaData<UserValidatorMeta>().create({
  email: uniqueUserFields.email(),
  username: uniqueUserFields.username(),
  role: roleField(),
  password: newPasswordField(),
})

/** A role given to an existing account. */
export const roleValidator = vine.create({ role: roleField() })

/** A password set for someone by an operator (no current password to check). */
export const setPasswordValidator = vine.create({ password: newPasswordField() })

/** How long an account stays locked, in minutes (at most a year). */
export const lockValidator = vine.create({
  minutes: vine.number().withoutDecimals().range([1, 525600]).optional(),
})
