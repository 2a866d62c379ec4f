import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { AuditEventSchema } from '#database/schema'
import User from '#models/user'

export const AUDIT_CHANNELS = ['web', 'cli', 'api'] as const
export type AuditChannel = (typeof AUDIT_CHANNELS)[number]

export type AuditChanges = {
  before?: Record<string, unknown>
  after?: Record<string, unknown>
}

/** One line of a change: a field with its value before and after, as text. */
export type ChangedField = { field: string; before: string | null; after: string | null }

/**
 * A security-relevant event: who did what to which target, from where.
 * Entries form a hash chain (see app/actions/audit/audit_chain.ts) and are
 * never updated once written.
 */
export default class AuditEvent extends AuditEventSchema {
  static table = 'audit_events'

  @belongsTo(() => User, { foreignKey: 'actorId' })
  declare actor: BelongsTo<typeof User>

  get parsedDetails(): Record<string, unknown> {
    return parseObject(this.details)
  }

  get parsedChanges(): AuditChanges {
    return parseObject(this.changes) as AuditChanges
  }

  /** Each field named in the change, with its value before and after. */
  get changedFields(): ChangedField[] {
    const { before = {}, after = {} } = this.parsedChanges
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    return fields.map((field) => ({
      field,
      before: asText(before[field]),
      after: asText(after[field]),
    }))
  }

  /** The details as `key: value` text, for people reading the trail. */
  get detailLines(): string[] {
    return Object.entries(this.parsedDetails).map(([key, value]) => `${key}: ${asText(value)}`)
  }
}

function parseObject(json: string | null): Record<string, unknown> {
  if (!json) return {}
  try {
    const value = JSON.parse(json)
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {}
  } catch {
    return {}
  }
}

function asText(value: unknown): string | null {
  if (value === undefined || value === null) return null
  return typeof value === 'string' ? value : JSON.stringify(value)
}
