import db from '@adonisjs/lucid/services/db'
import type { LucidRow } from '@adonisjs/lucid/types/model'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import type { ActionContext, ResourceDefinition } from '#panel/types'

/*
| Resources without their own actions are saved here: the row and its
| audit entry in one transaction, with the changed fields before and after
| (passwords never reach the trail).
*/

function storable(resource: ResourceDefinition, input: Record<string, unknown>) {
  const values: Record<string, unknown> = {}
  for (const [attribute, value] of Object.entries(input)) {
    const field = resource.fields[attribute]
    if (field && !field.readOnly) values[attribute] = value
  }
  return values
}

function auditable(resource: ResourceDefinition, values: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(values).filter(([attribute]) => resource.fields[attribute]?.type !== 'password')
  )
}

export async function createRow(
  resource: ResourceDefinition,
  input: Record<string, unknown>,
  context: ActionContext
): Promise<LucidRow> {
  if (resource.persistence.create) return resource.persistence.create(input, context)
  const Model = await resource.model()
  return db.transaction(async (trx) => {
    const values = storable(resource, input)
    const row = await Model.create(values, { client: trx })
    await new RecordAuditEvent().handle(
      {
        ...context.actor,
        event: `${resource.name}.created`,
        targetType: resource.name,
        targetId: (row as any).id,
        changes: { after: auditable(resource, values) },
      },
      trx
    )
    return row
  })
}

export async function updateRow(
  resource: ResourceDefinition,
  row: LucidRow,
  input: Record<string, unknown>,
  context: ActionContext
) {
  if (resource.persistence.update) return resource.persistence.update(row, input, context)
  await db.transaction(async (trx) => {
    row.useTransaction(trx)
    row.merge(storable(resource, input))
    const dirty = auditable(resource, row.$dirty)
    const before = Object.fromEntries(
      Object.keys(dirty).map((attribute) => [attribute, (row.$original as any)[attribute]])
    )
    await row.save()
    if (Object.keys(dirty).length === 0) return
    await new RecordAuditEvent().handle(
      {
        ...context.actor,
        event: `${resource.name}.updated`,
        targetType: resource.name,
        targetId: (row as any).id,
        changes: { before, after: dirty },
      },
      trx
    )
  })
}

export async function deleteRow(
  resource: ResourceDefinition,
  row: LucidRow,
  context: ActionContext
) {
  if (resource.persistence.delete) return resource.persistence.delete(row, context)
  await db.transaction(async (trx) => {
    const before = auditable(resource, row.serialize())
    await new RecordAuditEvent().handle(
      {
        ...context.actor,
        event: `${resource.name}.deleted`,
        targetType: resource.name,
        targetId: (row as any).id,
        changes: { before },
      },
      trx
    )
    await row.useTransaction(trx).delete()
  })
}
