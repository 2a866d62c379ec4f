import vine from '@vinejs/vine'
import { DateTime, Duration } from 'luxon'
import { EXPORT_FORMATS } from '#actions/audit/export_audit_events'

/*
| Messages come from resources/lang/<locale>/audit.json, under
| "validator" (pass `i18n.createMessagesProvider('audit.validator')`).
*/

/** A calendar day as `YYYY-MM-DD`, the way `<input type="date">` sends it. */
const day = () => vine.date({ formats: ['YYYY-MM-DD'] })

// The date rule parses in the process's zone; its local calendar day is the one typed.
const asDay = (date: Date) => DateTime.fromJSDate(date).toISODate()!

/** The filters of the audit page, its CSV export and `audit:export`. */
export const auditFilterFields = {
  actor: vine.string().trim().maxLength(254).optional(),
  event: vine.string().trim().maxLength(60).optional(),
  targetType: vine.string().trim().maxLength(40).optional(),
  targetId: vine.string().trim().maxLength(64).optional(),
  from: day().transform(asDay).optional(),
  to: day().afterOrSameAs('from').transform(asDay).optional(),
}

export const auditFiltersValidator = vine.create({
  ...auditFilterFields,
  page: vine.number().withoutDecimals().range([1, 100_000]).optional(),
})

/** `audit:prune --older-than`: a whole number of days or hours, such as 365d or 12h. */
export const retentionValidator = vine.create({
  olderThan: vine
    .string()
    .trim()
    .regex(/^[1-9]\d{0,4}[dh]$/)
    .transform((value) => {
      const amount = Number(value.slice(0, -1))
      return Duration.fromObject(value.endsWith('d') ? { days: amount } : { hours: amount })
    }),
})

/** `audit:export`: the format and the same filters as the page. */
export const auditExportValidator = vine.create({
  ...auditFilterFields,
  format: vine.enum(EXPORT_FORMATS),
})
