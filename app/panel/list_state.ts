import { DateTime } from 'luxon'
import type { HttpContext } from '@adonisjs/core/http'
import type { DateRange, FilterChoice, FilterValue, ResourceDefinition } from '#panel/types'

/** A list view as its query string describes it: `?search=&sort=-field&page=2&<filter>=value`. */
export type ListState = {
  search: string
  sort: { field: string; direction: 'asc' | 'desc' }
  page: number
  perPage: number
  filters: Record<string, FilterValue>
}

/**
 * A query-string value the list cannot use; the list falls back and says
 * why (`reason` names the sentence: `invalid` by default).
 */
export type ListStateProblem = {
  parameter: string
  value: string
  reason?: 'invalid' | 'date' | 'range'
}

/** The choices of each select filter whose choices are loaded, by filter name. */
export type LoadedChoices = Record<string, FilterChoice[]>

/** Loads the choices of the filters that read them from the database, one query each. */
export async function loadFilterChoices(
  resource: ResourceDefinition,
  ctx: HttpContext
): Promise<LoadedChoices> {
  const loaded: LoadedChoices = {}
  for (const [name, filter] of Object.entries(resource.filters)) {
    if (filter.type !== 'dateRange' && filter.loadChoices) {
      loaded[name] = await filter.loadChoices(ctx)
    }
  }
  return loaded
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

function isDay(value: string) {
  return DAY.test(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid
}

/** The `<name>From`/`<name>To` pair of a date-range filter, checked. */
function readDateRange(
  name: string,
  text: (parameter: string) => string | undefined,
  problems: ListStateProblem[]
): DateRange | null {
  const range: DateRange = {}
  for (const end of ['from', 'to'] as const) {
    const parameter = name + (end === 'from' ? 'From' : 'To')
    const value = text(parameter)
    if (value === undefined || value === '') continue
    if (isDay(value)) range[end] = value
    else problems.push({ parameter, value, reason: 'date' })
  }
  if (range.from && range.to && range.from > range.to) {
    problems.push({ parameter: `${name}To`, value: range.to, reason: 'range' })
    return null
  }
  return range.from || range.to ? range : null
}

export const PER_PAGE_CHOICES = [10, 25, 50, 100]
const MAX_SEARCH_LENGTH = 100

/**
 * Reads the list state from the query string. Values the resource does not
 * offer (an unknown sort, a filter value outside its choices, a page that is
 * not a number) are dropped and reported, so a stale bookmark still opens.
 */
export function readListState(
  resource: ResourceDefinition,
  query: Record<string, unknown>,
  loadedChoices: LoadedChoices = {}
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

  const filters: Record<string, FilterValue> = {}
  for (const [name, filter] of Object.entries(resource.filters)) {
    if (filter.type === 'dateRange') {
      const range = readDateRange(name, text, problems)
      if (range) filters[name] = range
      continue
    }
    const value = text(name)
    if (value === undefined || value === '') continue
    const allowed = loadedChoices[name]
      ? loadedChoices[name].some((choice) => choice.value === value)
      : filter.choices?.includes(value)
    if (allowed) filters[name] = value
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
    filters?: Record<string, FilterValue | undefined>
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
    if (typeof value === 'string') {
      if (value) params.set(name, value)
    } else if (value) {
      if (value.from) params.set(`${name}From`, value.from)
      if (value.to) params.set(`${name}To`, value.to)
    }
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
