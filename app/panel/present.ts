import { DateTime } from 'luxon'
import type { HttpContext } from '@adonisjs/core/http'
import type { LucidRow } from '@adonisjs/lucid/types/model'
import type { FieldDefinition } from '#panel/types'

/** The raw value of a field on a row (computed fields run their function). */
export function fieldValue(row: LucidRow, field: FieldDefinition): unknown {
  if (field.compute) return field.compute(row)
  return (row as any)[field.attribute]
}

/** A field's value as text for a table cell or the detail page, in the reader's language. */
export function displayValue(ctx: HttpContext, row: LucidRow, field: FieldDefinition): string {
  const value = fieldValue(row, field)
  if (value === null || value === undefined || value === '') return '—'
  switch (field.type) {
    case 'boolean':
      return ctx.i18n.t(value ? 'panel.yes' : 'panel.no')
    case 'enum':
      return field.choiceLabelPrefix ? ctx.i18n.t(field.choiceLabelPrefix + value) : String(value)
    case 'datetime': {
      const date = value instanceof DateTime ? value : DateTime.fromJSDate(value as Date)
      return date
        .setZone('utc')
        .setLocale(ctx.i18n.locale)
        .toLocaleString({ ...DateTime.DATETIME_MED, timeZoneName: 'short' })
    }
    case 'password':
      return '••••'
    default:
      return String(value)
  }
}

/**
 * A date cell of a list, short enough for a table: the day and the time
 * (UTC) apart, so they can sit on two lines, with the ISO instant for a
 * `<time>` element.
 */
export function compactDate(ctx: HttpContext, row: LucidRow, field: FieldDefinition) {
  const value = fieldValue(row, field)
  if (field.type !== 'datetime' || value === null || value === undefined) return null
  const date = (value instanceof DateTime ? value : DateTime.fromJSDate(value as Date))
    .setZone('utc')
    .setLocale(ctx.i18n.locale)
  return {
    iso: date.toISO()!,
    day: date.toLocaleString(DateTime.DATE_MED),
    time: date.toFormat('HH:mm'),
  }
}

/** A field's value as a form input holds it (datetime-local wants `YYYY-MM-DDTHH:mm`). */
export function formValue(row: LucidRow | null, field: FieldDefinition): unknown {
  if (!row || field.type === 'password') return undefined
  const value = fieldValue(row, field)
  if (value instanceof DateTime) return value.toUTC().toFormat("yyyy-LL-dd'T'HH:mm")
  return value
}
