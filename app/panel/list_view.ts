import type { HttpContext } from '@adonisjs/core/http'
import type { ModelPaginatorContract, LucidRow } from '@adonisjs/lucid/types/model'
import type { ResourceDefinition } from '#panel/types'
import {
  listQueryString,
  PER_PAGE_CHOICES,
  type ListState,
  type ListStateProblem,
  type LoadedChoices,
} from '#panel/list_state'
import { compactDate, displayValue, fieldValue } from '#panel/present'
import type { RowActionLink } from '#panel/row_links'
import { createUrlOf } from '#panel/urls'

/** What the controller worked out beside the page: permissions and request-time choices. */
export type ListExtras = {
  /** `bulk` names the bulk actions to offer. */
  can: { create: boolean; bulk: string[] }
  choices: LoadedChoices
  rowLinks: Map<number, { editUrl: string | null; actions: RowActionLink[] }>
}

const PROBLEM_KEYS = {
  invalid: 'panel.list.ignored_parameter',
  date: 'panel.list.bad_date',
  range: 'panel.list.bad_range',
}

/**
 * What the list page shows, worked out here so the template only loops:
 * columns with their sort links, filters with their choices, rows with
 * their cells, and the pagination links, all carrying the list's state.
 */
export function listView(
  ctx: HttpContext,
  resource: ResourceDefinition,
  state: ListState,
  page: ModelPaginatorContract<LucidRow>,
  problems: ListStateProblem[],
  { can, choices, rowLinks }: ListExtras
) {
  const base = `/admin/${resource.name}`
  const t = (key: string, data?: Record<string, unknown>) => ctx.i18n.t(key, data)
  const listFields = Object.values(resource.fields).filter((field) => field.show.list)

  const columns = listFields.map((field) => {
    const sorted = state.sort.field === field.attribute ? state.sort.direction : null
    const nextDirection: 'asc' | 'desc' = sorted === 'asc' ? 'desc' : 'asc'
    return {
      name: field.attribute,
      label: t(field.labelKey),
      sorted,
      ariaSort: sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined,
      sortUrl: field.sortable
        ? base +
          listQueryString(resource, state, {
            sort: { field: field.attribute, direction: nextDirection },
          })
        : null,
    }
  })

  const filters = Object.entries(resource.filters).map(([name, filter]) => {
    const value = state.filters[name]
    if (filter.type === 'dateRange') {
      const range = typeof value === 'object' ? value : {}
      return {
        name,
        type: filter.type,
        label: t(filter.labelKey),
        from: { name: `${name}From`, value: range.from ?? '', label: t('panel.list.from') },
        to: { name: `${name}To`, value: range.to ?? '', label: t('panel.list.to') },
      }
    }
    return {
      name,
      type: filter.type,
      label: t(filter.labelKey),
      value: typeof value === 'string' ? value : '',
      choices:
        choices[name] ??
        (filter.choices ?? []).map((choice) => ({
          value: choice,
          label: filter.choiceLabelPrefix ? t(filter.choiceLabelPrefix + choice) : choice,
        })),
    }
  })

  const rows = page.all().map((row) => {
    const id = (row as any).id as number
    const links = rowLinks.get(id)
    return {
      id,
      title: resource.recordTitle(row),
      // The title opens the editor where there is one the user may use.
      titleUrl: (resource.links.edit && links?.editUrl) || `${base}/${id}`,
      showUrl: `${base}/${id}`,
      editUrl: links?.editUrl ?? null,
      actions: links?.actions ?? [],
      cells: listFields.map((field) => ({
        name: field.attribute,
        text: displayValue(ctx, row, field),
        badge: field.badge ? String(fieldValue(row, field) ?? '') : null,
        date: compactDate(ctx, row, field),
      })),
    }
  })

  const lastPage = Math.max(page.lastPage, 1)
  const pageUrl = (number: number) => base + listQueryString(resource, state, { page: number })
  const pagination = {
    total: page.total,
    current: state.page,
    last: lastPage,
    first: page.total === 0 ? 0 : (state.page - 1) * state.perPage + 1,
    lastShown: Math.min(state.page * state.perPage, page.total),
    previousUrl: state.page > 1 ? pageUrl(Math.min(state.page - 1, lastPage)) : null,
    nextUrl: state.page < lastPage ? pageUrl(state.page + 1) : null,
    pages: pageWindow(state.page, lastPage).map((number) =>
      number === null ? null : { number, url: pageUrl(number), current: number === state.page }
    ),
  }

  return {
    resource: {
      name: resource.name,
      plural: t(`${resource.labelKey}.plural`),
      singular: t(`${resource.labelKey}.singular`),
    },
    baseUrl: base,
    returnTo: base + listQueryString(resource, state),
    state,
    // Kept as hidden inputs by the filter form, so filtering keeps the order and page size.
    sortParam:
      state.sort.field === resource.defaultSort.field &&
      state.sort.direction === resource.defaultSort.direction
        ? null
        : (state.sort.direction === 'desc' ? '-' : '') + state.sort.field,
    perPageParam: state.perPage === resource.perPage ? null : String(state.perPage),
    hasFilters: Boolean(state.search) || Object.keys(state.filters).length > 0,
    hasRowActions: rows.some((row) => row.editUrl || row.actions.length > 0),
    problems: problems.map((problem) =>
      t(PROBLEM_KEYS[problem.reason ?? 'invalid'], {
        parameter: problem.parameter,
        value: problem.value,
      })
    ),
    columns,
    filters,
    rows,
    pagination,
    perPageChoices: PER_PAGE_CHOICES,
    searchable:
      Boolean(resource.search) || Object.values(resource.fields).some((field) => field.searchable),
    bulkActions: resource.bulkActions
      .filter((action) => can.bulk.includes(action.name))
      .map((action) => ({ name: action.name, label: t(action.labelKey) })),
    createUrl: can.create ? createUrlOf(resource) : null,
  }
}

/** Page numbers around the current one, with `null` for the gaps: 1 … 4 5 [6] 7 8 … 20. */
function pageWindow(current: number, last: number): (number | null)[] {
  const numbers = new Set([1, last])
  for (let number = current - 2; number <= current + 2; number++) {
    if (number >= 1 && number <= last) numbers.add(number)
  }
  const sorted = [...numbers].sort((a, b) => a - b)
  const withGaps: (number | null)[] = []
  for (const [index, number] of sorted.entries()) {
    if (index > 0 && number - sorted[index - 1] > 1) withGaps.push(null)
    withGaps.push(number)
  }
  return withGaps
}
