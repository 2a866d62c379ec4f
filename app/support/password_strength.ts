import { dictionary } from '@zxcvbn-ts/language-common'

/**
 * The common-passwords list shipped with the project through
 * @zxcvbn-ts/language-common (about 50,000 passwords seen in breaches),
 * loaded once into a set for constant-time lookups.
 */
const COMMON_PASSWORDS = new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()))

/** True when the password, ignoring case, is on the common-passwords list. */
export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase())
}
