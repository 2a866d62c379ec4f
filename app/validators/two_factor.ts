import vine from '@vinejs/vine'

/*
| Codes are only checked for size here: a malformed code is answered like a
| wrong one, by the action that checks it.
*/
const code = () => vine.string().trim().minLength(1).maxLength(64)
const password = () => vine.string().minLength(1).maxLength(128)

export const confirmEnrolmentValidator = vine.create({ code: code() })

export const disableTwoFactorValidator = vine.create({ password: password(), code: code() })

// Named apart from the disable form's field: both forms share one page.
export const regenerateRecoveryCodesValidator = vine.create({ currentPassword: password() })

export const twoFactorChallengeValidator = vine.create({
  method: vine.enum(['totp', 'recovery'] as const),
  code: code(),
})
