import db from '@adonisjs/lucid/services/db'
import { rememberPublic } from '#support/content_cache'
import { contentCard, type ContentCard } from '#actions/public_site/content_card'
import { newestLiveContents } from '#actions/public_site/newest_live_contents'

export const LISTING_PAGE_SIZE = 10

/** One page of cards and where it sits among the others. */
export type Listing = {
  items: ContentCard[]
  page: number
  lastPage: number
  total: number
}

/** Narrows a listing to one category or one tag. */
export type ListingTerm = { kind: 'category' | 'tag'; id: number }

const PIVOTS = {
  category: { table: 'content_categories', column: 'category_id' },
  tag: { table: 'content_tags', column: 'tag_id' },
} as const

/**
 * A page of the public listing, all items or those of one term. A page past
 * the last answers null (the first page of an empty listing does not).
 */
export default class ListLiveContents {
  async handle(page: number, term?: ListingTerm): Promise<Listing | null> {
    const scope = term ? `${term.kind}:${term.id}` : 'all'
    return rememberPublic(`listing:${scope}:${page}`, async () => {
      const query = newestLiveContents().preload('cover')
      if (term) {
        const pivot = PIVOTS[term.kind]
        query.whereIn('id', db.from(pivot.table).select('content_id').where(pivot.column, term.id))
      }
      const result = await query.paginate(page, LISTING_PAGE_SIZE)
      if (page > 1 && result.all().length === 0) return null
      return {
        items: result.all().map(contentCard),
        page,
        lastPage: Math.max(result.lastPage, 1),
        total: result.total,
      }
    })
  }
}
