import type { AuditEntry } from '#actions/audit/record_audit_event'

/** Who acts and through which channel, as the audit trail records it. */
export type Actor = Omit<AuditEntry, 'event' | 'subjectUserId' | 'details'>

/** An operator at the command line: no account, no address. */
export const CLI_ACTOR: Actor = { actorId: null, via: 'cli' }
