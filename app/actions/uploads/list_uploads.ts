import User from '#models/user'
import Upload, { UPLOAD_KINDS, type UploadKind } from '#models/upload'

/** What a media list asks for: the gallery page and the picker's JSON read the same query. */
export type UploadListFilters = {
  search: string
  kind: UploadKind | null
  ownerId: number | null
  page: number
}

/** A query-string value the list cannot use; the list ignores it and says why. */
export type UploadListProblem = { parameter: string; value: string }

export const UPLOADS_PER_PAGE = 24
const MAX_SEARCH_LENGTH = 100

/** Admins and editors see every file, private ones included; others their own and public ones. */
export function seesAllUploads(viewer: User) {
  return viewer.role === 'admin' || viewer.role === 'editor'
}

/**
 * Reads the filters from a query string. Values it cannot use (an unknown
 * kind, an owner or page that is not a positive number) are dropped and
 * reported, as the admin panel's lists do, so a stale bookmark still opens.
 */
export function readUploadFilters(query: Record<string, unknown>): {
  filters: UploadListFilters
  problems: UploadListProblem[]
} {
  const problems: UploadListProblem[] = []
  const text = (name: string) => {
    const value = query[name]
    const first = Array.isArray(value) ? value[0] : value
    return typeof first === 'string' && first !== '' ? first : undefined
  }
  const positive = (name: string, digits: number) => {
    const value = text(name)
    if (value === undefined) return null
    if (new RegExp(`^[1-9]\\d{0,${digits - 1}}$`).test(value)) return Number(value)
    problems.push({ parameter: name, value })
    return null
  }

  let search = (text('search') ?? '').trim()
  if (search.length > MAX_SEARCH_LENGTH) {
    problems.push({ parameter: 'search', value: search.slice(0, 20) + '…' })
    search = search.slice(0, MAX_SEARCH_LENGTH)
  }

  const kindParam = text('kind')
  const kind = UPLOAD_KINDS.find((known) => known === kindParam) ?? null
  if (kindParam !== undefined && kind === null)
    problems.push({ parameter: 'kind', value: kindParam })

  const ownerId = positive('owner', 9)
  const page = positive('page', 7) ?? 1
  return { filters: { search, kind, ownerId, page }, problems }
}

/**
 * The one query behind the media gallery and the picker: newest first,
 * narrowed to what the viewer may see, then by search (original name and
 * alt text), kind and owner; one page of it with its owners loaded.
 */
export default class ListUploads {
  async handle(viewer: User, filters: UploadListFilters, perPage = UPLOADS_PER_PAGE) {
    const query = Upload.query().preload('owner')

    if (!seesAllUploads(viewer)) {
      query.where((visible) => visible.where('owner_id', viewer.id).orWhere('visibility', 'public'))
    }
    if (filters.search) {
      const pattern = `%${filters.search}%`
      query.where((match) =>
        match.whereILike('original_name', pattern).orWhereILike('alt_text', pattern)
      )
    }
    if (filters.kind) query.where('kind', filters.kind)
    if (filters.ownerId) query.where('owner_id', filters.ownerId)

    // The id breaks ties between uploads of the same second, so pages never overlap.
    return query.orderBy('created_at', 'desc').orderBy('id', 'desc').paginate(filters.page, perPage)
  }

  /**
   * The owner filter's choices: the accounts that own at least one file,
   * offered to those who see everyone's files (none for the others).
   */
  async owners(viewer: User) {
    if (!seesAllUploads(viewer)) return []
    return User.query()
      .whereIn('id', Upload.query().select('owner_id').whereNotNull('owner_id'))
      .orderBy('username')
      .select('id', 'username')
  }
}
