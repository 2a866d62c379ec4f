import { DateTime } from 'luxon'
import type { ChainableContract } from '@adonisjs/lucid/types/querybuilder'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { comparableTime } from '#actions/audit/audit_chain'

/** What the audit page, its CSV export and `audit:export` can narrow entries by. */
export type AuditFilters = {
  /** An account's id, email or username. */
  actor?: string
  event?: string
  targetType?: string
  targetId?: string
  /** First day included, `YYYY-MM-DD` (UTC). */
  from?: string
  /** Last day included, `YYYY-MM-DD` (UTC). */
  to?: string
}

/** Narrows a query on `audit_events` (joined or not) to the entries the filters match. */
export function applyAuditFilters<
  Query extends ChainableContract & { client: QueryClientContract },
>(query: Query, filters: AuditFilters): Query {
  const { actor, event, targetType, targetId, from, to } = filters
  if (actor !== undefined) {
    if (/^\d+$/.test(actor)) {
      query.where('audit_events.actor_id', Number(actor))
    } else {
      query.whereIn('audit_events.actor_id', (users) =>
        users
          .from('users')
          .select('id')
          .where('email', actor.toLowerCase())
          // Usernames are unique without regard to case (see the user validators).
          .orWhereRaw('lower(username) = ?', [actor.toLowerCase()])
      )
    }
  }
  if (event !== undefined) query.where('audit_events.event', event)
  if (targetType !== undefined) query.where('audit_events.target_type', targetType)
  if (targetId !== undefined) query.where('audit_events.target_id', targetId)
  const time = (moment: DateTime) => comparableTime(query.client, moment)
  if (from) query.where('audit_events.created_at', '>=', time(startOfUtcDay(from)))
  if (to) query.where('audit_events.created_at', '<', time(startOfUtcDay(to).plus({ days: 1 })))
  return query
}

function startOfUtcDay(day: string) {
  return DateTime.fromISO(day, { zone: 'utc' }).startOf('day')
}

/** The filters that are set, as query-string values (for links that keep them). */
export function filtersAsQuery(filters: AuditFilters): Record<string, string> {
  const entries = Object.entries(filters).filter(([, value]) => value !== undefined && value !== '')
  return Object.fromEntries(entries)
}
