import vine from '@vinejs/vine'

export const loginValidator = vine.create({
  uid: vine.string().trim().minLength(1).maxLength(254),
  password: vine.string().minLength(1).maxLength(128),
})
