import type { I18n } from '@adonisjs/i18n'
import type { ModelPaginatorContract } from '@adonisjs/lucid/types/model'
import type Upload from '#models/upload'
import type User from '#models/user'
import { UPLOAD_KINDS } from '#models/upload'
import type { UploadListFilters, UploadListProblem } from '#actions/uploads/list_uploads'
import { mediaCard } from '#support/media_presenter'

const BASE = '/admin/media'

/** The gallery's address for some filters: defaults left out, so links stay short. */
export function galleryUrl(filters: UploadListFilters) {
  const params = new URLSearchParams()
  if (filters.search) params.set('search', filters.search)
  if (filters.kind) params.set('kind', filters.kind)
  if (filters.ownerId) params.set('owner', String(filters.ownerId))
  if (filters.page > 1) params.set('page', String(filters.page))
  const query = params.toString()
  return query ? `${BASE}?${query}` : BASE
}

/**
 * What the gallery page shows, worked out here so the template only loops:
 * the cards (with what the viewer may do to each), the filters and their
 * choices, the reasons for ignored parameters, and the pagination links.
 */
export function galleryView(input: {
  i18n: I18n
  filters: UploadListFilters
  problems: UploadListProblem[]
  page: ModelPaginatorContract<Upload>
  owners: Pick<User, 'id' | 'username'>[]
  /** What the viewer may do with each upload: change it, and see its picture. */
  may: (upload: Upload) => { change: boolean; seePicture: boolean }
}) {
  const { i18n, filters, page } = input
  const lastPage = Math.max(page.lastPage, 1)
  const perPage = page.perPage
  const pageUrl = (number: number) => galleryUrl({ ...filters, page: number })
  return {
    filters,
    kinds: UPLOAD_KINDS.map((kind) => ({ value: kind, label: i18n.t(`media.kinds.${kind}`) })),
    owners: input.owners.map((owner) => ({ value: owner.id, label: owner.username })),
    hasFilters: Boolean(filters.search || filters.kind || filters.ownerId),
    problems: input.problems.map((problem) => i18n.t('media.list.ignored_parameter', problem)),
    cards: page.all().map((upload) => {
      const may = input.may(upload)
      return { ...mediaCard(i18n, upload, may.seePicture), canChange: may.change }
    }),
    returnTo: galleryUrl(filters),
    pagination: {
      total: page.total,
      first: page.total === 0 ? 0 : (filters.page - 1) * perPage + 1,
      last: Math.min(filters.page * perPage, page.total),
      lastPage,
      previousUrl: filters.page > 1 ? pageUrl(Math.min(filters.page - 1, lastPage)) : null,
      nextUrl: filters.page < lastPage ? pageUrl(filters.page + 1) : null,
      pages: Array.from({ length: lastPage }, (_, index) => index + 1)
        .filter(
          (number) => number === 1 || number === lastPage || Math.abs(number - filters.page) <= 2
        )
        .map((number, index, shown) => ({
          number,
          url: pageUrl(number),
          current: number === filters.page,
          gapBefore: index > 0 && number - shown[index - 1] > 1,
        })),
    },
  }
}
