import type { LucidRow } from '@adonisjs/lucid/types/model'
import type {
  ActionContext,
  ActionResult,
  BulkActionDefinition,
  RowActionDefinition,
} from '#panel/types'
import type { FieldDeclaration } from '#panel/fields'

/** A row action: a button on the list and detail pages, guarded by a policy method. */
export function rowAction<Row extends LucidRow>(options: {
  name: string
  label: string
  ability: string
  success: string
  confirm?: boolean
  destructive?: boolean
  visible?: (row: Row) => boolean
  inputs?: Record<string, FieldDeclaration>
  handle: (row: Row, input: Record<string, any>, context: ActionContext) => Promise<ActionResult>
}): RowActionDefinition {
  return {
    name: options.name,
    labelKey: options.label,
    ability: options.ability,
    successKey: options.success,
    destructive: options.destructive ?? false,
    // Destructive actions always ask first, and so do those that need input.
    confirm: Boolean(options.confirm || options.destructive || options.inputs),
    visible: options.visible as RowActionDefinition['visible'],
    inputs: options.inputs
      ? Object.entries(options.inputs).map(([attribute, declaration]) => ({
          ...declaration,
          attribute,
          column: attribute,
        }))
      : undefined,
    handle: options.handle as RowActionDefinition['handle'],
  }
}

/** A bulk action on the selected rows; each row is checked against the policy on its own. */
export function bulkAction<Row extends LucidRow>(options: {
  name: string
  label: string
  ability: string
  success: string
  destructive?: boolean
  handle: (row: Row, context: ActionContext) => Promise<void>
}): BulkActionDefinition {
  return {
    name: options.name,
    labelKey: options.label,
    ability: options.ability,
    successKey: options.success,
    destructive: options.destructive ?? false,
    handle: options.handle as BulkActionDefinition['handle'],
  }
}
