import { DateTime } from 'luxon'
import AuditEvent from '#models/audit_event'
import { createdAtText, STORED_TIME_FORMAT } from '#actions/audit/audit_chain'

export type ActivityEntry = {
  id: number
  event: string
  via: string
  at: DateTime
  /** Username of who acted; null for the system or a deleted account. */
  actor: string | null
  /** Username of the account acted upon, when there is one. */
  subject: string | null
}

/** The newest audit entries, with the usernames they involve. */
export default class ListRecentActivity {
  /** One query: the names come from joins, not a lookup per entry. */
  async handle(limit = 10): Promise<ActivityEntry[]> {
    const query = AuditEvent.query()
    const events = await query
      .leftJoin('users as actors', 'actors.id', 'audit_events.actor_id')
      .leftJoin('users as subjects', 'subjects.id', 'audit_events.subject_user_id')
      .select(
        'audit_events.id',
        'audit_events.event',
        'audit_events.via',
        'actors.username as actor_username',
        'subjects.username as subject_username'
      )
      // The trail stores UTC text; the drivers would read it as local time.
      .select(createdAtText(query.client))
      // The trail is append-only, so the highest ids are the newest entries.
      .orderBy('audit_events.id', 'desc')
      .limit(limit)

    return events.map((event) => ({
      id: event.id,
      event: event.event,
      via: event.via,
      at: DateTime.fromFormat(event.$extras.created_at_text, STORED_TIME_FORMAT, { zone: 'utc' }),
      actor: event.$extras.actor_username ?? null,
      subject: event.$extras.subject_username ?? null,
    }))
  }
}
