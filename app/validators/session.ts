import vine from '@vinejs/vine'

/** The sign-in form: email or username, password, and "remember me". */
export const loginValidator = vine.create({
  uid: vine.string().trim().minLength(1).maxLength(254),
  password: vine.string().minLength(1).maxLength(128),
  remember: vine.boolean().optional(),
})
