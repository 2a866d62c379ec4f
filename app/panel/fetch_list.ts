import type { HttpContext } from '@adonisjs/core/http'
import type { ResourceDefinition } from '#panel/types'
import type { ListState } from '#panel/list_state'

/**
 * The resource's query, narrowed to the rows this request may reach.
 * Wrapped in an object: a query builder is a thenable, so an async
 * function returning it bare would run it.
 */
export async function scopedQuery(resource: ResourceDefinition, ctx: HttpContext) {
  const Model = await resource.model()
  const query = Model.query()
  resource.scope?.(query, ctx)
  return { query }
}

/**
 * One page of a resource's rows for a list state: search (the resource's
 * own, else over the searchable columns), the filters, the sort (id breaks
 * ties so pages never overlap), in two queries (the count and the page)
 * plus one per preloaded relation, whatever the page size.
 */
export async function fetchListPage(
  resource: ResourceDefinition,
  state: ListState,
  ctx: HttpContext
) {
  const { query } = await scopedQuery(resource, ctx)

  const searchable = Object.values(resource.fields).filter((field) => field.searchable)
  if (state.search && resource.search) {
    resource.search(query, state.search)
  } else if (state.search && searchable.length > 0) {
    const pattern = `%${state.search}%`
    query.where((group) => {
      for (const field of searchable) group.orWhereILike(field.column, pattern)
    })
  }

  for (const [name, value] of Object.entries(state.filters)) {
    resource.filters[name].apply(query, value as never)
  }

  resource.preload?.(query)
  const table = query.model.table
  if (resource.listColumns) query.select(resource.listColumns.map((column) => `${table}.${column}`))
  // Qualified, in case a search joins another table with the same column names.
  const sortColumn = state.sort.field === 'id' ? 'id' : resource.fields[state.sort.field].column
  query.orderBy(`${table}.${sortColumn}`, state.sort.direction)
  if (sortColumn !== 'id') query.orderBy(`${table}.id`, state.sort.direction)

  return query.paginate(state.page, state.perPage)
}

/** The rows picked by id for a bulk action, in the list's default order. */
export async function findRows(resource: ResourceDefinition, ids: number[], ctx: HttpContext) {
  const { query } = await scopedQuery(resource, ctx)
  return query.whereIn('id', ids).orderBy('id', 'asc')
}
