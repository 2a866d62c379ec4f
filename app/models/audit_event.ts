import { AuditEventSchema } from '#database/schema'

export const AUDIT_CHANNELS = ['web', 'cli', 'api'] as const
export type AuditChannel = (typeof AUDIT_CHANNELS)[number]

/** A security-relevant event: who did what to whom, from where. */
export default class AuditEvent extends AuditEventSchema {
  static table = 'audit_events'
}
