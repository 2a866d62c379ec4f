import type { HttpContext } from '@adonisjs/core/http'
import type { LucidRow } from '@adonisjs/lucid/types/model'
import type { ResourceDefinition } from '#panel/types'
import { rowActionsFor } from '#panel/record_view'
import { editUrlOf } from '#panel/urls'

type Policy = { allows: (ability: never, ...args: never[]) => Promise<boolean> }

/**
 * What each listed row offers the signed-in user: the edit link and, when
 * the resource lists them, the row actions the policy allows on that very
 * row (policies decide from the row's columns: no query per row).
 */
export async function rowLinksFor(
  ctx: HttpContext,
  resource: ResourceDefinition,
  rows: LucidRow[],
  policy: Policy
) {
  const links = new Map<number, { editUrl: string | null; actions: RowActionLink[] }>()
  for (const row of rows) {
    const editUrl = editUrlOf(resource, row)
    const canEdit = editUrl !== null && (await policy.allows('edit' as never, row as never))
    links.set((row as any).id, {
      editUrl: canEdit ? editUrl : null,
      actions: resource.listActions ? await rowActionsFor(ctx, resource, row, policy) : [],
    })
  }
  return links
}

export type RowActionLink = Awaited<ReturnType<typeof rowActionsFor>>[number]

/**
 * The bulk actions worth offering on this page: those the policy allows on
 * at least one listed row (an author is not offered "publish").
 */
export async function offeredBulkActions(
  resource: ResourceDefinition,
  rows: LucidRow[],
  policy: Policy
): Promise<string[]> {
  const offered: string[] = []
  for (const action of resource.bulkActions) {
    for (const row of rows) {
      if (await policy.allows(action.ability as never, row as never)) {
        offered.push(action.name)
        break
      }
    }
  }
  return offered
}
