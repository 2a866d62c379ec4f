import string from '@adonisjs/core/helpers/string'
import type { LucidRow } from '@adonisjs/lucid/types/model'
import type { FieldDeclaration } from '#panel/fields'
import type {
  BulkActionDefinition,
  FieldDefinition,
  FilterDefinition,
  PolicyClass,
  ResourceDefinition,
  ResourcePersistence,
  RowActionDefinition,
} from '#panel/types'
import type { LucidModel } from '@adonisjs/lucid/types/model'

export type ResourceDeclaration<Row extends LucidRow> = {
  name: string
  label: string
  model: () => Promise<{ default: LucidModel }>
  policy?: () => Promise<{ default: PolicyClass }>
  title: (row: Row) => string
  fields: Record<string, FieldDeclaration>
  filters?: Record<string, FilterDefinition>
  defaultSort?: { field: string; direction: 'asc' | 'desc' }
  perPage?: number
  rowActions?: RowActionDefinition[]
  bulkActions?: BulkActionDefinition[]
  persistence?: ResourcePersistence
  pages?: Partial<ResourceDefinition['pages']>
  links?: { create?: string; edit?: (row: Row) => string }
  search?: ResourceDefinition['search']
  scope?: ResourceDefinition['scope']
  preload?: ResourceDefinition['preload']
  listColumns?: string[]
  listActions?: boolean
}

const NAME = /^[a-z][a-z0-9-]*$/

/**
 * Turns a declaration into the definition the engine serves. Mistakes in a
 * declaration (a sort on an unknown field, a filter without a column) fail
 * here, when the app boots, not on the first request that hits them.
 */
export function defineResource<Row extends LucidRow>(
  declaration: ResourceDeclaration<Row>
): ResourceDefinition {
  if (!NAME.test(declaration.name)) {
    throw new Error(`Resource name "${declaration.name}" must be lower-case letters and dashes`)
  }
  const fields: Record<string, FieldDefinition> = {}
  for (const [attribute, field] of Object.entries(declaration.fields)) {
    fields[attribute] = { ...field, attribute, column: field.column ?? string.snakeCase(attribute) }
  }
  const defaultSort = declaration.defaultSort ?? { field: 'id', direction: 'asc' as const }
  if (defaultSort.field !== 'id' && !fields[defaultSort.field]) {
    throw new Error(`Resource "${declaration.name}" sorts by unknown field "${defaultSort.field}"`)
  }
  for (const [name, filter] of Object.entries(declaration.filters ?? {})) {
    if (!filter.apply) throw new Error(`Filter "${name}" of "${declaration.name}" needs a column`)
    if (['search', 'sort', 'page', 'perPage'].includes(name)) {
      throw new Error(`Filter "${name}" of "${declaration.name}" shadows a list parameter`)
    }
  }

  return {
    name: declaration.name,
    labelKey: declaration.label,
    model: async () => {
      const module = await declaration.model()
      return module.default
    },
    policy: async () => {
      const module = declaration.policy
        ? await declaration.policy()
        : await import('#panel/admin_only_policy')
      return module.default
    },
    recordTitle: declaration.title as ResourceDefinition['recordTitle'],
    fields,
    filters: declaration.filters ?? {},
    defaultSort,
    perPage: declaration.perPage ?? 25,
    rowActions: declaration.rowActions ?? [],
    bulkActions: declaration.bulkActions ?? [],
    persistence: declaration.persistence ?? {},
    pages: { create: true, edit: true, delete: true, ...declaration.pages },
    links: (declaration.links ?? {}) as ResourceDefinition['links'],
    search: declaration.search,
    scope: declaration.scope,
    preload: declaration.preload,
    listColumns: declaration.listColumns,
    listActions: declaration.listActions ?? false,
  }
}
