import { pipeline, Readable } from 'node:stream'
import { stringify } from 'csv-stringify'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { inIdOrder, storedEntries } from '#actions/audit/audit_chain'
import { applyAuditFilters, type AuditFilters } from '#actions/audit/audit_filters'

export const EXPORT_FORMATS = ['csv', 'jsonl'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

const COLUMNS = [
  'id',
  'created_at',
  'event',
  'actor_id',
  'actor',
  'subject_user_id',
  'target_type',
  'target_id',
  'via',
  'ip',
  'user_agent',
  'request_id',
  'details',
  'changes',
  'previous_hash',
  'hash',
] as const

/**
 * Streams the entries the filters match, oldest first, as CSV (one row per
 * entry, with a header) or JSON Lines, hashes included so a copy can be
 * checked later. Rows are read a batch at a time.
 */
export default class ExportAuditEvents {
  /** A readable stream of the export's text. */
  handle(input: { format: ExportFormat; filters?: AuditFilters; client?: QueryClientContract }) {
    const client = input.client ?? db.connection()
    const rows = inIdOrder(() =>
      applyAuditFilters(
        storedEntries(client)
          .leftJoin('users', 'users.id', 'audit_events.actor_id')
          .select('users.username as actor_username'),
        input.filters ?? {}
      )
    )
    if (input.format === 'jsonl') return Readable.from(jsonLines(rows))

    const csv = stringify({
      header: true,
      columns: [...COLUMNS],
      cast: { string: neutraliseFormula },
    })
    return pipeline(Readable.from(records(rows, 'csv')), csv, () => {})
  }
}

async function* records(rows: AsyncIterable<Record<string, any>>, format: ExportFormat) {
  for await (const row of rows) yield exportRecord(row, format)
}

async function* jsonLines(rows: AsyncIterable<Record<string, any>>) {
  for await (const record of records(rows, 'jsonl')) yield `${JSON.stringify(record)}\n`
}

/** An entry as exported; JSON columns stay text in CSV and become objects in JSON Lines. */
function exportRecord(row: Record<string, any>, format: ExportFormat) {
  const json = (text: string | null) => (format === 'csv' || !text ? text : parseOrKeep(text))
  return {
    id: row.id,
    created_at: `${row.created_at_text.replace(' ', 'T')}Z`,
    event: row.event,
    actor_id: row.actor_id,
    actor: row.actor_username ?? null,
    subject_user_id: row.subject_user_id,
    target_type: row.target_type,
    target_id: row.target_id,
    via: row.via,
    ip: row.ip,
    user_agent: row.user_agent,
    request_id: row.request_id,
    details: json(row.details),
    changes: json(row.changes),
    previous_hash: row.previous_hash,
    hash: row.hash,
  }
}

/** Parsed JSON, or the text itself when it is not JSON (an entry edited by hand). */
function parseOrKeep(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage
 * return before one) as a formula; a leading apostrophe makes it text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}
