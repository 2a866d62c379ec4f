import { DateTime } from 'luxon'
import type { HttpContext } from '@adonisjs/core/http'
import type { LucidModel, ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import type { DateRange, FilterChoice, FilterDefinition } from '#panel/types'

type Query = ModelQueryBuilderContract<LucidModel>

/** Filter builders for resource declarations: one query-string parameter each. */
export const filter = {
  /**
   * One of a list of choices; by default compares a column. The choices are
   * either fixed (labels from `choiceLabels`) or loaded on each request with
   * their labels, for lists that live in the database.
   */
  select(options: {
    label: string
    choices: readonly string[] | ((ctx: HttpContext) => Promise<FilterChoice[]>)
    choiceLabels?: string
    column?: string
    apply?: (query: Query, value: string) => void
  }): FilterDefinition & { column?: string } {
    const loaded = typeof options.choices === 'function'
    return {
      type: 'select',
      labelKey: options.label,
      choices: loaded ? undefined : (options.choices as readonly string[]),
      loadChoices: loaded
        ? (options.choices as (ctx: HttpContext) => Promise<FilterChoice[]>)
        : undefined,
      choiceLabelPrefix: options.choiceLabels,
      column: options.column,
      apply: options.apply ?? ((query, value) => query.where(options.column!, value)),
    }
  },

  /** Yes or no: `apply` receives true or false. */
  boolean(options: {
    label: string
    apply: (query: Query, value: boolean) => void
  }): FilterDefinition {
    return {
      type: 'boolean',
      labelKey: options.label,
      choices: ['yes', 'no'],
      choiceLabelPrefix: 'panel.filters.boolean.',
      apply: (query, value) => options.apply(query, value === 'yes'),
    }
  },

  /**
   * Days from and to (both included, in UTC) on a date column, read from
   * `<name>From` and `<name>To`; either end may be left open.
   */
  dateRange(options: { label: string; column: string }): FilterDefinition {
    return {
      type: 'dateRange',
      labelKey: options.label,
      apply: (query, range: DateRange) => {
        // Formatted as the connection stores dates, so strings compare right on SQLite.
        const format = (day: string) =>
          DateTime.fromISO(day, { zone: 'utc' }).toFormat(query.client.dialect.dateTimeFormat)
        if (range.from) query.where(options.column, '>=', format(range.from))
        if (range.to) {
          const dayAfter = DateTime.fromISO(range.to, { zone: 'utc' })
            .plus({ days: 1 })
            .toISODate()!
          query.where(options.column, '<', format(dayAfter))
        }
      },
    }
  },
}
