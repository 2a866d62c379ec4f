import type { ResourceDefinition } from '#panel/types'
import type { ListState } from '#panel/list_state'

/**
 * One page of a resource's rows for a list state: search over the
 * searchable columns, the filters, the sort (id breaks ties so pages never
 * overlap), in two queries (the count and the page) whatever the page size.
 */
export async function fetchListPage(resource: ResourceDefinition, state: ListState) {
  const Model = await resource.model()
  const query = Model.query()

  const searchable = Object.values(resource.fields).filter((field) => field.searchable)
  if (state.search && searchable.length > 0) {
    const pattern = `%${state.search}%`
    query.where((group) => {
      for (const field of searchable) group.orWhereILike(field.column, pattern)
    })
  }

  for (const [name, value] of Object.entries(state.filters)) {
    resource.filters[name].apply(query, value)
  }

  const sortColumn = state.sort.field === 'id' ? 'id' : resource.fields[state.sort.field].column
  query.orderBy(sortColumn, state.sort.direction)
  if (sortColumn !== 'id') query.orderBy('id', state.sort.direction)

  return query.paginate(state.page, state.perPage)
}

/** The rows picked by id for a bulk action, in the list's default order. */
export async function findRows(resource: ResourceDefinition, ids: number[]) {
  const Model = await resource.model()
  return Model.query().whereIn('id', ids).orderBy('id', 'asc')
}
