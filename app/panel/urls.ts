import type { LucidRow } from '@adonisjs/lucid/types/model'
import type { ResourceDefinition } from '#panel/types'

/** Where a row's "Edit" goes: the resource's own editor page, or the panel's form. */
export function editUrlOf(resource: ResourceDefinition, row: LucidRow): string | null {
  if (resource.links.edit) return resource.links.edit(row)
  return resource.pages.edit ? `/admin/${resource.name}/${(row as any).id}/edit` : null
}

/** Where "New" goes, when the resource can be created at all. */
export function createUrlOf(resource: ResourceDefinition): string | null {
  if (resource.links.create) return resource.links.create
  return resource.pages.create ? `/admin/${resource.name}/create` : null
}
