import vine from '@vinejs/vine'
import { SUPPORTED_LOCALES } from '#support/locales'
import { verifyPassword } from '#support/passwords'
import { newPasswordField, uniqueUserFields, type UserValidatorMeta } from '#validators/user'

/** What people change about themselves on the profile page. */
export const profileValidator = vine.withMetaData<UserValidatorMeta>().create({
  fullName: vine.string().trim().maxLength(100).nullable().optional(),
  email: uniqueUserFields.email(),
  username: uniqueUserFields.username(),
  locale: vine.enum(SUPPORTED_LOCALES),
})

/** The hash of the signed-in user's password, to check the one they type. */
export type PasswordChangeMeta = { passwordHash: string }

const currentPassword = vine.createRule(
  async (value, _options, field) => {
    if (typeof value !== 'string') return
    const { passwordHash } = field.meta as PasswordChangeMeta
    if (!(await verifyPassword(passwordHash, value))) {
      field.report('The current password is not right', 'currentPassword', field)
    }
  },
  { isAsync: true }
)

/** A new password for oneself: the current one first, then the new one twice. */
export const changePasswordValidator = vine.withMetaData<PasswordChangeMeta>().create({
  currentPassword: vine.string().maxLength(128).use(currentPassword()),
  password: newPasswordField().confirmed({ confirmationField: 'passwordConfirmation' }),
})
