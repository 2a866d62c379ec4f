import AuditEvent from '#models/audit_event'
import { createdAtText } from '#actions/audit/audit_chain'
import { applyAuditFilters, type AuditFilters } from '#actions/audit/audit_filters'

export const AUDIT_PAGE_SIZE = 50

/**
 * One page of the entries the filters match, newest first, with their
 * actor and their time as the UTC text the chain stores (`$extras.created_at_text`).
 */
export default class ListAuditEvents {
  async handle(filters: AuditFilters, page = 1) {
    const query = AuditEvent.query()
      .select('audit_events.*')
      .select(createdAtText(AuditEvent.query().client))
      .preload('actor')
      .orderBy('audit_events.id', 'desc')
    return applyAuditFilters(query, filters).paginate(page, AUDIT_PAGE_SIZE)
  }
}
