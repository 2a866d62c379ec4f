import { createHash } from 'node:crypto'
import type { DateTime } from 'luxon'
import type { DatabaseQueryBuilderContract } from '@adonisjs/lucid/types/querybuilder'
import type { QueryClientContract, TransactionClientContract } from '@adonisjs/lucid/types/database'

/*
| The hash chain's primitives, shared by the recorder, the verifier, the
| pruner and the migration that chained the entries recorded before it.
*/

export const CHAIN_TABLE = 'audit_chain'

/** Entries store their time as UTC, to the second, in this form (Luxon tokens). */
export const STORED_TIME_FORMAT = 'yyyy-MM-dd HH:mm:ss'

/** Changing what is hashed or how means a new tag, so old entries stay checkable. */
const HASH_FORMAT = 'filamenta.audit.v1'

/** What an entry's hash covers, as stored. */
export type HashedFields = {
  event: string
  actorId: number | null
  subjectUserId: number | null
  targetType: string | null
  targetId: string | null
  via: string
  ip: string | null
  userAgent: string | null
  details: string | null
  changes: string | null
  requestId: string | null
  /** UTC, STORED_TIME_FORMAT. */
  createdAt: string
  previousHash: string | null
}

export type ChainHead = {
  headId: number | null
  headHash: string | null
  anchorId: number | null
  anchorHash: string | null
}

/**
 * sha256 over a fixed-order JSON array of the stored values. Every value is
 * hashed as text (or null) so the number types each driver returns agree.
 */
export function entryHash(fields: HashedFields): string {
  const values = [
    fields.event,
    fields.actorId,
    fields.subjectUserId,
    fields.targetType,
    fields.targetId,
    fields.via,
    fields.ip,
    fields.userAgent,
    fields.details,
    fields.changes,
    fields.requestId,
    fields.createdAt,
    fields.previousHash,
  ].map((value) => (value === null || value === undefined ? null : String(value)))
  return createHash('sha256')
    .update(JSON.stringify([HASH_FORMAT, ...values]))
    .digest('hex')
}

/** A moment as a value to compare `created_at` with, in the dialect's own format. */
export function comparableTime(client: QueryClientContract, moment: DateTime): string {
  return moment.toUTC().toFormat(client.dialect.dateTimeFormat)
}

/**
 * `created_at` read back as the exact text that was hashed. Reading it
 * through each driver's date handling would shift it by the process's or
 * the session's time zone; the database formats it instead.
 */
export function createdAtText(client: QueryClientContract) {
  switch (client.dialect.name) {
    case 'postgres':
      return client.raw(
        `to_char(audit_events.created_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS') as created_at_text`
      )
    case 'mysql':
      return client.raw(
        `date_format(audit_events.created_at, '%Y-%m-%d %H:%i:%s') as created_at_text`
      )
    default:
      // SQLite keeps the text it was given.
      return client.raw('audit_events.created_at as created_at_text')
  }
}

const STORED_COLUMNS = [
  'id',
  'event',
  'actor_id',
  'subject_user_id',
  'target_type',
  'target_id',
  'via',
  'ip',
  'user_agent',
  'details',
  'changes',
  'request_id',
  'previous_hash',
  'hash',
].map((column) => `audit_events.${column}`)

/** A query for entries as stored, with `created_at_text`. */
export function storedEntries(client: QueryClientContract): DatabaseQueryBuilderContract {
  return client
    .from('audit_events')
    .select(...STORED_COLUMNS)
    .select(createdAtText(client))
}

/** The hashed fields of a row read through `storedEntries`. */
export function hashedFieldsOf(row: Record<string, any>): HashedFields {
  return {
    event: row.event,
    actorId: row.actor_id,
    subjectUserId: row.subject_user_id,
    targetType: row.target_type,
    targetId: row.target_id,
    via: row.via,
    ip: row.ip,
    userAgent: row.user_agent,
    details: row.details,
    changes: row.changes,
    requestId: row.request_id,
    createdAt: row.created_at_text,
    previousHash: row.previous_hash,
  }
}

/**
 * Yields the rows of a query in id order, a batch at a time, so a long
 * trail never sits in memory whole.
 */
export async function* inIdOrder(
  query: () => DatabaseQueryBuilderContract,
  batchSize = 500
): AsyncGenerator<Record<string, any>> {
  let lastId = 0
  while (true) {
    const rows = await query()
      .where('audit_events.id', '>', lastId)
      .orderBy('audit_events.id', 'asc')
      .limit(batchSize)
    yield* rows
    if (rows.length < batchSize) return
    lastId = rows[rows.length - 1].id
  }
}

/**
 * Takes the chain's lock for the rest of the transaction and returns its
 * state. The write comes first because SQLite ignores `FOR UPDATE`: a
 * transaction that starts by writing makes a second process wait for the
 * file lock (busy timeout) instead of failing when it upgrades a read lock.
 * On PostgreSQL and MySQL the row lock does the same, and the locking read
 * sees the latest head even under MySQL's repeatable-read snapshots.
 */
export async function lockChain(trx: TransactionClientContract): Promise<ChainHead> {
  await trx
    .from(CHAIN_TABLE)
    .where('id', 1)
    .update({ head_id: trx.raw('head_id') })
  const row = await trx.from(CHAIN_TABLE).where('id', 1).forUpdate().first()
  // The migration creates the row; an emptied table gets it back (and the
  // next entry, not linked to the last one, shows the gap to audit:verify).
  if (!row) await trx.table(CHAIN_TABLE).insert({ id: 1 })
  return {
    headId: row?.head_id ?? null,
    headHash: row?.head_hash ?? null,
    anchorId: row?.anchor_id ?? null,
    anchorHash: row?.anchor_hash ?? null,
  }
}

/** The chain's state without locking, for readers. */
export async function readChain(client: QueryClientContract): Promise<ChainHead> {
  const row = await client.from(CHAIN_TABLE).where('id', 1).first()
  return {
    headId: row?.head_id ?? null,
    headHash: row?.head_hash ?? null,
    anchorId: row?.anchor_id ?? null,
    anchorHash: row?.anchor_hash ?? null,
  }
}

/** Moves the end of the chain to a newly appended entry. */
export async function advanceChain(trx: TransactionClientContract, id: number, hash: string) {
  await trx.from(CHAIN_TABLE).where('id', 1).update({ head_id: id, head_hash: hash })
}

/**
 * Chains the entries recorded before the chain existed, in id order, and
 * sets the chain's end. Their user becomes their target, as it does for
 * new entries.
 */
export async function chainExistingEntries(client: QueryClientContract) {
  await client
    .from('audit_events')
    .whereNull('target_type')
    .whereNotNull('subject_user_id')
    .update({ target_type: 'user', target_id: client.raw('subject_user_id') })

  let previousHash: string | null = null
  let lastId: number | null = null
  for await (const row of inIdOrder(() => storedEntries(client))) {
    const hash = entryHash({ ...hashedFieldsOf(row), previousHash })
    await client
      .from('audit_events')
      .where('id', row.id)
      .update({ previous_hash: previousHash, hash })
    previousHash = hash
    lastId = row.id
  }
  await client.table(CHAIN_TABLE).insert({ id: 1, head_id: lastId, head_hash: previousHash })
}
