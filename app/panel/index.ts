/*
| The admin panel's resource engine. A resource is declared once with
| these builders; the engine serves its pages (and, later, its API).
*/
export { defineResource } from '#panel/define_resource'
export { field } from '#panel/fields'
export { filter } from '#panel/filters'
export { rowAction, bulkAction } from '#panel/actions'
export { validatorFor } from '#panel/validation'
export { createRow, updateRow, deleteRow } from '#panel/persistence'
export type { ResourceDefinition, FieldDefinition, ActionContext } from '#panel/types'
