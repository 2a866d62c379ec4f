import vine from '@vinejs/vine'
import { adminFields } from '#validators/install'
import { strongPassword } from '#validators/rules/strong_password'

/** A visitor's own account: unique email and username, a strong confirmed password. */
export const registrationValidator = vine.create({
  email: adminFields.email.clone().unique({ table: 'users', column: 'email' }),
  username: adminFields.username
    .clone()
    .unique({ table: 'users', column: 'username', caseInsensitive: true }),
  password: vine
    .string()
    .maxLength(128)
    .use(strongPassword())
    .confirmed({ confirmationField: 'passwordConfirmation' }),
})
