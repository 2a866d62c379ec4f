import { createHash, randomInt } from 'node:crypto'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import TwoFactorRecoveryCode from '#models/two_factor_recovery_code'

export const RECOVERY_CODE_COUNT = 10

// Crockford's Base32: no I, L, O or U, so a code copied by hand is not misread.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'
const CODE_LENGTH = 16
const CODE_FORMAT = new RegExp(`^[${ALPHABET}]{${CODE_LENGTH}}$`)

/*
| Codes carry 80 random bits, so a plain SHA-256 is enough to store them: no
| dictionary applies and 2^80 guesses is out of reach even offline, unlike a
| password. It also lets a sign-in look a code up in one indexed query rather
| than run a slow password hash against each of the user's ten codes.
*/
function hashOf(normalized: string): string {
  return createHash('sha256').update(normalized).digest('hex')
}

/** Lower case, without separators, with the look-alike letters read as digits. */
function normalize(code: string): string {
  return code
    .toLowerCase()
    .replace(/[\s-]+/g, '')
    .replace(/[il]/g, '1')
    .replace(/o/g, '0')
}

function randomCode(): string {
  const chars = Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)])
  return chars.join('').match(/.{4}/g)!.join('-')
}

/** Replaces a user's recovery codes with new ones and returns them, readable, for showing once. */
export async function replaceRecoveryCodes(
  userId: number,
  client: TransactionClientContract
): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, randomCode)
  await TwoFactorRecoveryCode.query({ client }).where('user_id', userId).delete()
  await TwoFactorRecoveryCode.createMany(
    codes.map((code) => ({ userId, codeHash: hashOf(normalize(code)) })),
    { client }
  )
  return codes
}

/** Marks an unused code of the user as used; false when it is unknown or already used. */
export async function consumeRecoveryCode(userId: number, code: string): Promise<boolean> {
  const normalized = normalize(code)
  if (!CODE_FORMAT.test(normalized)) return false

  // One conditional update, so two requests racing with the same code cannot both win.
  const connection = db.connection()
  const updated = await connection
    .from(TwoFactorRecoveryCode.table)
    .where('user_id', userId)
    .where('code_hash', hashOf(normalized))
    .whereNull('used_at')
    .update({ used_at: DateTime.now().toFormat(connection.dialect.dateTimeFormat) })
  return Number(Array.isArray(updated) ? updated[0] : updated) > 0
}

/** How many of the user's recovery codes are still unused. */
export async function unusedRecoveryCodeCount(userId: number): Promise<number> {
  const row = await TwoFactorRecoveryCode.query()
    .where('user_id', userId)
    .whereNull('used_at')
    .count('* as total')
    .first()
  return Number(row?.$extras.total ?? 0)
}
