import vine from '@vinejs/vine'
import { strongPassword } from '#validators/rules/strong_password'

/** "Forgot password": the address the link goes to, compared the way accounts store it. */
export const forgotPasswordValidator = vine.create({
  email: vine.string().trim().maxLength(254).email().normalizeEmail({ all_lowercase: true }),
})

/** The new password, as strong as at sign-up and typed twice. */
export const resetPasswordValidator = vine.create({
  password: vine
    .string()
    .maxLength(128)
    .use(strongPassword())
    .confirmed({ confirmationField: 'passwordConfirmation' }),
})
