import { Settings } from 'luxon'
import RecordAuditEvent, { type AuditEntry } from '#actions/audit/record_audit_event'

/** Appends entries one after the other and returns their ids, oldest first. */
export async function recordEntries(count: number, entry: Partial<AuditEntry> = {}) {
  const ids: number[] = []
  for (let index = 0; index < count; index += 1) {
    const event = await new RecordAuditEvent().handle({
      event: 'test.sample',
      via: 'cli',
      details: { index },
      ...entry,
    })
    ids.push(event.id)
  }
  return ids
}

/** Runs `record` with Luxon's clock set that many days back, so entries are born old. */
export async function daysAgo<T>(days: number, record: () => Promise<T>): Promise<T> {
  const realNow = Settings.now
  Settings.now = () => Date.now() - days * 86_400_000
  try {
    return await record()
  } finally {
    Settings.now = realNow
  }
}
