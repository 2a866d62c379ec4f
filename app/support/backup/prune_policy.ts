export type RetentionPolicy = { daily: number; weekly: number; monthly: number }

type Dated = { takenAt: Date }

/** The ISO week of a UTC date, as "2026-W48". */
function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
  const weekday = day.getUTCDay() || 7
  day.setUTCDate(day.getUTCDate() + 4 - weekday)
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1)
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7)
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`
}

const PERIODS = {
  daily: (date: Date) => date.toISOString().slice(0, 10),
  weekly: isoWeek,
  monthly: (date: Date) => date.toISOString().slice(0, 7),
}

/**
 * Which archives a retention policy keeps: for each kind of period, the
 * newest archive of each of the N most recent periods that have one (the
 * scheme of restic and borg). Periods are UTC days, ISO weeks and months.
 */
export function archivesToKeep<T extends Dated>(archives: T[], policy: RetentionPolicy): Set<T> {
  const newestFirst = [...archives].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime())
  const kept = new Set<T>()
  for (const kind of ['daily', 'weekly', 'monthly'] as const) {
    const seen = new Set<string>()
    for (const archive of newestFirst) {
      if (seen.size >= policy[kind]) break
      const period = PERIODS[kind](archive.takenAt)
      if (seen.has(period)) continue
      seen.add(period)
      kept.add(archive)
    }
  }
  return kept
}
