import type { LucidModel, ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import type { FilterDefinition } from '#panel/types'

type Query = ModelQueryBuilderContract<LucidModel>

/** Filter builders for resource declarations: one query-string parameter each. */
export const filter = {
  /** One of a fixed list; by default compares a column. */
  select(options: {
    label: string
    choices: readonly string[]
    choiceLabels?: string
    column?: string
    apply?: (query: Query, value: string) => void
  }): FilterDefinition & { column?: string } {
    return {
      type: 'select',
      labelKey: options.label,
      choices: options.choices,
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
}
