import vine from '@vinejs/vine'
import { isCommonPassword } from '#support/password_strength'

export const MIN_PASSWORD_LENGTH = 12
const PASSPHRASE_LENGTH = 20

/**
 * At least 12 characters mixing three kinds of character (lower case, upper
 * case, digits, symbols), or a passphrase of 20 characters or more.
 */
export function isStrongPassword(password: string): boolean {
  if (password.length >= PASSPHRASE_LENGTH) return true
  if (password.length < MIN_PASSWORD_LENGTH) return false
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((kind) => kind.test(password))
  return kinds.length >= 3
}

export const strongPassword = vine.createRule((value, _options, field) => {
  if (typeof value !== 'string') return
  if (isCommonPassword(value)) {
    field.report(
      'The {{ field }} is too common: it appears in lists of leaked passwords',
      'commonPassword',
      field
    )
    return
  }
  if (!isStrongPassword(value)) {
    field.report(
      'The {{ field }} must have at least 12 characters mixing letters, digits and symbols, or be a passphrase of 20 characters or more',
      'strongPassword',
      field
    )
  }
})
