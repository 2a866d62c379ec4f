import type { HttpContext } from '@adonisjs/core/http'
import type { LucidModel, LucidRow, ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import type { BasePolicy } from '@adonisjs/bouncer'
import type { Actor } from '#actions/users/actor'

/*
| The shape of a resource declaration. Everything a page, an API endpoint
| or an OpenAPI generator needs to know about a field is plain data here
| (type, limits, choices, where it shows), never hidden inside a closure.
*/

export type FieldType =
  | 'text'
  | 'email'
  | 'password'
  | 'textarea'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'enum'
  | 'datetime'

/** Where a field appears: the list table, the create and edit forms, the detail page. */
export type FieldVisibility = {
  list: boolean
  create: boolean
  edit: boolean
  detail: boolean
}

export type FieldDefinition = {
  type: FieldType
  /** The model attribute (camelCase) the field reads and writes. */
  attribute: string
  /** The database column (snake_case), used to sort, search and filter. */
  column: string
  /** i18n key of the label. */
  labelKey: string
  /** i18n key of the hint under the form input. */
  hintKey?: string
  required: boolean
  /** Editable in forms; computed and read-only fields are shown only. */
  readOnly: boolean
  show: FieldVisibility
  sortable: boolean
  searchable: boolean
  minLength?: number
  maxLength?: number
  min?: number
  max?: number
  /** Regular expression the value must match, with the i18n key of the message. */
  pattern?: { source: string; messageKey: string }
  /** No other row may hold the same value (compared without case for text). */
  unique: boolean
  /** Allowed values of an enum, and the i18n prefix of their labels. */
  choices?: readonly string[]
  choiceLabelPrefix?: string
  /** Extra checks a generator cannot describe (e.g. password strength), by name. */
  rules: string[]
  /** Display value computed from the row, for fields that are not stored as such. */
  compute?: (row: any) => unknown
  /** Drawn as a badge in the list, its value naming the badge's variant. */
  badge?: boolean
}

/** A choice of a select filter whose choices are loaded at request time, label included. */
export type FilterChoice = { value: string; label: string }

/** A date range as the query string gives it (`<name>From`, `<name>To`, both `YYYY-MM-DD`). */
export type DateRange = { from?: string; to?: string }

export type FilterValue = string | DateRange

type ListQuery = ModelQueryBuilderContract<LucidModel>

export type FilterDefinition =
  | {
      /** `select` offers choices; `boolean` is yes/no. */
      type: 'select' | 'boolean'
      labelKey: string
      choices?: readonly string[]
      choiceLabelPrefix?: string
      /** Choices read from the database on each request (authors, categories…). */
      loadChoices?: (ctx: HttpContext) => Promise<FilterChoice[]>
      /** Narrows the list query for a valid value. */
      apply: (query: ListQuery, value: string) => void
    }
  | {
      type: 'dateRange'
      labelKey: string
      /** Narrows the list query to a checked range (either end may be open). */
      apply: (query: ListQuery, value: DateRange) => void
    }

export type ActionContext = {
  ctx: HttpContext
  actor: Actor
}

export type ActionResult = void | { messageKey?: string; messageData?: Record<string, unknown> }

export type RowActionDefinition = {
  name: string
  labelKey: string
  /** Policy method that must allow the action on the row. */
  ability: string
  /** Asks for confirmation on its own page first (always for destructive ones). */
  confirm: boolean
  destructive: boolean
  /** Hidden for rows it does not apply to (e.g. "unlock" on an unlocked account). */
  visible?: (row: LucidRow) => boolean
  /** Extra inputs asked on the confirmation page (e.g. the new role). */
  inputs?: FieldDefinition[]
  handle: (
    row: LucidRow,
    input: Record<string, unknown>,
    context: ActionContext
  ) => Promise<ActionResult>
  successKey: string
}

export type BulkActionDefinition = {
  name: string
  labelKey: string
  /** Policy method checked on each selected row; rows refused are skipped and reported. */
  ability: string
  destructive: boolean
  handle: (row: LucidRow, context: ActionContext) => Promise<void>
  successKey: string
}

export type ResourcePersistence = {
  create?: (input: Record<string, unknown>, context: ActionContext) => Promise<LucidRow>
  update?: (row: LucidRow, input: Record<string, unknown>, context: ActionContext) => Promise<void>
  delete?: (row: LucidRow, context: ActionContext) => Promise<void>
}

export type PolicyClass = new (...args: any[]) => BasePolicy

export type ResourceDefinition = {
  /** URL segment and registry key: `/admin/<name>`. */
  name: string
  /** i18n key prefix with `singular` and `plural` below it. */
  labelKey: string
  model: () => Promise<LucidModel>
  /** The policy's viewAny/view/create/edit/delete guard the pages. */
  policy: () => Promise<PolicyClass>
  /** How a row is named in titles and confirmations. */
  recordTitle: (row: LucidRow) => string
  fields: Record<string, FieldDefinition>
  filters: Record<string, FilterDefinition>
  defaultSort: { field: string; direction: 'asc' | 'desc' }
  perPage: number
  rowActions: RowActionDefinition[]
  bulkActions: BulkActionDefinition[]
  persistence: ResourcePersistence
  /** Which pages exist: a read-only resource has no create/edit/delete. */
  pages: { create: boolean; edit: boolean; delete: boolean }
  /** Pages served elsewhere (a dedicated editor) that the list links to instead. */
  links: { create?: string; edit?: (row: LucidRow) => string }
  /** Replaces the search over the searchable columns (e.g. full-text search). */
  search?: (query: ListQuery, term: string) => void
  /**
   * The rows this request may reach at all (e.g. authors: their own). Applied to
   * the list, the bulk selection and every single-row page, where a row outside
   * it is a 404.
   */
  scope?: (query: ListQuery, ctx: HttpContext) => void
  /** Row actions shown in the list too, not only on the detail page (keep them few). */
  listActions: boolean
  /** The only columns the list reads, when the table holds long ones (bodies) it never shows. */
  listColumns?: string[]
  /** Relations the cells read, loaded with the list page (one query each) and the row pages. */
  preload?: (query: ListQuery) => void
}
