import type { HttpContext } from '@adonisjs/core/http'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import AuditEvent, { type AuditChannel } from '#models/audit_event'

export type AuditEntry = {
  /** Dotted name, e.g. `auth.login.failed`, `user.role.changed`. */
  event: string
  actorId?: number | null
  subjectUserId?: number | null
  via: AuditChannel
  ip?: string | null
  userAgent?: string | null
  details?: Record<string, unknown>
}

/**
 * The one place security events are written. The admin issue turns this
 * into a tamper-evident trail; callers stay as they are.
 */
export default class RecordAuditEvent {
  /** Stores one event, inside the caller's transaction when one is given. */
  async handle(entry: AuditEntry, client?: TransactionClientContract) {
    return AuditEvent.create(
      {
        event: entry.event,
        actorId: entry.actorId ?? null,
        subjectUserId: entry.subjectUserId ?? null,
        via: entry.via,
        ip: entry.ip ?? null,
        userAgent: entry.userAgent?.slice(0, 255) ?? null,
        details: entry.details ? JSON.stringify(entry.details) : null,
      },
      { client }
    )
  }

  /** The request's side of an entry: channel, address and browser. */
  static fromRequest(ctx: HttpContext): Pick<AuditEntry, 'via' | 'ip' | 'userAgent'> {
    return { via: 'web', ip: ctx.request.ip(), userAgent: ctx.request.header('user-agent') }
  }
}
