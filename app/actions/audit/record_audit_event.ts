import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { HttpContext } from '@adonisjs/core/http'
import type { Actor } from '#actions/users/actor'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import AuditEvent, { type AuditChannel, type AuditChanges } from '#models/audit_event'
import { maskSecrets } from '#actions/audit/mask_secrets'
import {
  advanceChain,
  entryHash,
  lockChain,
  STORED_TIME_FORMAT,
  type HashedFields,
} from '#actions/audit/audit_chain'

export type AuditEntry = {
  /** Dotted name, e.g. `auth.login.failed`, `user.role.changed`. */
  event: string
  actorId?: number | null
  subjectUserId?: number | null
  /** What was acted on; defaults to ('user', subjectUserId). */
  targetType?: string | null
  targetId?: string | number | null
  /** Changed fields before and after; secret-looking keys are masked. */
  changes?: AuditChanges
  via: AuditChannel
  ip?: string | null
  userAgent?: string | null
  requestId?: string | null
  /** Anything else worth keeping; secret-looking keys are masked. */
  details?: Record<string, unknown>
}

type StoredFields = Omit<HashedFields, 'createdAt' | 'previousHash'>

/**
 * The one place audit entries are written. Each entry is appended to the
 * hash chain under the chain's lock, inside the caller's transaction when
 * one is given (so it commits or rolls back with the change it records).
 */
export default class RecordAuditEvent {
  /** Appends one entry to the trail and returns it. */
  async handle(entry: AuditEntry, client?: TransactionClientContract) {
    const fields = storedFields(entry)
    if (client) return this.append(fields, client)
    return db.transaction((trx) => this.append(fields, trx))
  }

  protected async append(fields: StoredFields, trx: TransactionClientContract) {
    const chain = await lockChain(trx)
    // Taken under the lock, so times never go backwards along the chain.
    const createdAt = DateTime.utc().startOf('second')
    const previousHash = chain.headHash
    const hash = entryHash({
      ...fields,
      createdAt: createdAt.toFormat(STORED_TIME_FORMAT),
      previousHash,
    })
    const event = await AuditEvent.create(
      { ...fields, createdAt, previousHash, hash },
      { client: trx }
    )
    await advanceChain(trx, event.id, hash)
    return event
  }

  /** The request's side of an entry: channel, address, browser and request id. */
  /** The signed-in user acting through this request, as actions take their `actor`. */
  static actorOf(ctx: HttpContext): Actor {
    return { actorId: ctx.auth.getUserOrFail().id, ...RecordAuditEvent.fromRequest(ctx) }
  }

  static fromRequest(ctx: HttpContext): Pick<AuditEntry, 'via' | 'ip' | 'userAgent' | 'requestId'> {
    return {
      via: 'web',
      ip: ctx.request.ip(),
      userAgent: ctx.request.header('user-agent'),
      requestId: ctx.request.id() ?? null,
    }
  }
}

/** The entry as it is stored and hashed: cut to the columns' sizes, secrets masked. */
function storedFields(entry: AuditEntry): StoredFields {
  const userTarget =
    (entry.targetType ?? null) === null &&
    (entry.targetId ?? null) === null &&
    (entry.subjectUserId ?? null) !== null
  const targetType = userTarget ? 'user' : (entry.targetType ?? null)
  const targetId = userTarget ? entry.subjectUserId : (entry.targetId ?? null)
  return {
    event: entry.event,
    actorId: entry.actorId ?? null,
    subjectUserId: entry.subjectUserId ?? null,
    targetType: targetType?.slice(0, 40) ?? null,
    targetId: targetId === null || targetId === undefined ? null : String(targetId).slice(0, 64),
    via: entry.via,
    ip: entry.ip?.slice(0, 45) ?? null,
    userAgent: entry.userAgent?.slice(0, 255) ?? null,
    details: entry.details ? JSON.stringify(maskSecrets(entry.details)) : null,
    changes: entry.changes ? JSON.stringify(maskedChanges(entry.changes)) : null,
    requestId: entry.requestId?.slice(0, 64) ?? null,
  }
}

function maskedChanges({ before, after }: AuditChanges): AuditChanges {
  return { before: maskSecrets(before ?? {}), after: maskSecrets(after ?? {}) }
}
