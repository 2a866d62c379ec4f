import type { ResourceDefinition } from '#panel/types'

/** A list view as its query string describes it: `?search=&sort=-field&page=2&<filter>=value`. */
export type ListState = {
  search: string
  sort: { field: string; direction: 'asc' | 'desc' }
  page: number
  perPage: number
  filters: Record<string, string>
}

/** A query-string value the list cannot use; the list falls back and says why. */
export type ListStateProblem = { parameter: string; value: string }

export const PER_PAGE_CHOICES = [10, 25, 50, 100]
const MAX_SEARCH_LENGTH = 100

/**
 * Reads the list state from the query string. Values the resource does not
 * offer (an unknown sort, a filter value outside its choices, a page that is
 * not a number) are dropped and reported, so a stale bookmark still opens.
 */
export function readListState(
  resource: ResourceDefinition,
  query: Record<string, unknown>
): { state: ListState; problems: ListStateProblem[] } {
  const problems: ListStateProblem[] = []
  const text = (name: string) => {
    const value = query[name]
    return typeof value === 'string' ? value : Array.isArray(value) ? String(value[0]) : undefined
  }

  let search = (text('search') ?? '').trim()
  if (search.length > MAX_SEARCH_LENGTH) {
    problems.push({ parameter: 'search', value: search.slice(0, 20) + '…' })
    search = search.slice(0, MAX_SEARCH_LENGTH)
  }

  let sort = resource.defaultSort
  const sortParam = text('sort')
  if (sortParam) {
    const direction = sortParam.startsWith('-') ? 'desc' : 'asc'
    const field = sortParam.replace(/^-/, '')
    if (resource.fields[field]?.sortable) sort = { field, direction }
    else problems.push({ parameter: 'sort', value: sortParam })
  }

  let page = 1
  const pageParam = text('page')
  if (pageParam !== undefined) {
    if (/^[1-9]\d{0,6}$/.test(pageParam)) page = Number(pageParam)
    else problems.push({ parameter: 'page', value: pageParam })
  }

  let perPage = resource.perPage
  const perPageParam = text('perPage')
  if (perPageParam !== undefined) {
    if (PER_PAGE_CHOICES.includes(Number(perPageParam))) perPage = Number(perPageParam)
    else problems.push({ parameter: 'perPage', value: perPageParam })
  }

  const filters: Record<string, string> = {}
  for (const [name, filter] of Object.entries(resource.filters)) {
    const value = text(name)
    if (value === undefined || value === '') continue
    if (filter.choices?.includes(value)) filters[name] = value
    else problems.push({ parameter: name, value })
  }

  return { state: { search, sort, page, perPage, filters }, problems }
}

/**
 * The query string of a list state, with changes applied. Defaults are left
 * out so URLs stay short; a changed filter or search goes back to page 1.
 */
export function listQueryString(
  resource: ResourceDefinition,
  state: ListState,
  changes: Partial<Omit<ListState, 'filters'>> & {
    filters?: Record<string, string | undefined>
  } = {}
): string {
  const next = {
    ...state,
    ...changes,
    filters: { ...state.filters, ...changes.filters },
  }
  const resetsPage = changes.search !== undefined || changes.filters !== undefined || changes.sort
  const params = new URLSearchParams()
  if (next.search) params.set('search', next.search)
  for (const [name, value] of Object.entries(next.filters)) {
    if (value) params.set(name, value)
  }
  const sort = next.sort
  const isDefaultSort =
    sort.field === resource.defaultSort.field && sort.direction === resource.defaultSort.direction
  if (!isDefaultSort) params.set('sort', (sort.direction === 'desc' ? '-' : '') + sort.field)
  if (next.perPage !== resource.perPage) params.set('perPage', String(next.perPage))
  const page = resetsPage && changes.page === undefined ? 1 : next.page
  if (page > 1) params.set('page', String(page))
  const query = params.toString()
  return query ? `?${query}` : ''
}
