import { createHash, randomBytes } from 'node:crypto'
import { DateTime, type DurationLike } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type User from '#models/user'
import UserToken, { type UserTokenPurpose } from '#models/user_token'

/*
| Single-use tokens sent by email (email verification, password reset). The
| token itself only ever exists in the message: the database keeps its
| sha256, so a leaked table cannot be turned into working links.
*/

const TOKEN_BYTES = 32
// 32 bytes in base64url, without padding.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/

type Options = { client?: TransactionClientContract }

export function generateToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url')
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** Whether a string could be a token at all, before touching the database. */
export function isWellFormed(token: unknown): token is string {
  return typeof token === 'string' && TOKEN_SHAPE.test(token)
}

/**
 * Issues a token for the user and returns it; earlier unused tokens for
 * the same purpose stop working, so only the latest link does.
 */
export async function issue(
  user: User,
  purpose: UserTokenPurpose,
  ttl: DurationLike,
  { client }: Options = {}
): Promise<string> {
  const token = generateToken()
  await revoke(user.id, purpose, { client })
  await UserToken.create(
    { userId: user.id, purpose, tokenHash: hashToken(token), expiresAt: DateTime.now().plus(ttl) },
    { client }
  )
  return token
}

/** The stored token when it exists, has this purpose, is unused and unexpired. */
export async function find(
  token: unknown,
  purpose: UserTokenPurpose,
  { client }: Options = {}
): Promise<UserToken | null> {
  if (!isWellFormed(token)) return null
  const row = await UserToken.query({ client })
    .where('token_hash', hashToken(token))
    .where('purpose', purpose)
    .first()
  if (!row || row.usedAt !== null || row.expiresAt <= DateTime.now()) return null
  return row
}

/**
 * Marks a usable token used and returns it, or null. The update only
 * matches a row still unused, so of two requests racing with the same
 * token exactly one gets it.
 */
export async function consume(
  token: unknown,
  purpose: UserTokenPurpose,
  { client }: Options = {}
): Promise<UserToken | null> {
  const row = await find(token, purpose, { client })
  if (!row) return null

  const query = UserToken.query({ client })
  const usedAt = DateTime.now()
  const updated = await query
    .where('id', row.id)
    .whereNull('used_at')
    .update({ used_at: usedAt.toFormat(query.client.dialect.dateTimeFormat) })
  if (affectedRows(updated) !== 1) return null
  row.usedAt = usedAt
  return row
}

/** Forgets the user's unused tokens for a purpose (a newer one, or an email change). */
export async function revoke(userId: number, purpose: UserTokenPurpose, { client }: Options = {}) {
  await UserToken.query({ client })
    .where('user_id', userId)
    .where('purpose', purpose)
    .whereNull('used_at')
    .delete()
}

// Drivers disagree on what an update returns: a count, or a list holding it.
function affectedRows(result: unknown): number {
  return Array.isArray(result) ? Number(result[0]) : Number(result)
}
