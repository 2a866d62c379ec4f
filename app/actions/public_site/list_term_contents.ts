import Category from '#models/category'
import Tag from '#models/tag'
import { rememberPublic } from '#support/content_cache'
import ListLiveContents, { type Listing } from '#actions/public_site/list_live_contents'

export type TermKind = 'category' | 'tag'

/** A category or tag page: the term, then its live items. */
export type TermPage = {
  term: { name: string; slug: string; description: string | null }
  listing: Listing
}

/**
 * A page of the items filed under the category or tag `slug`; null for an
 * unknown term or a page past the last.
 */
export default class ListTermContents {
  async handle(kind: TermKind, slug: string, page: number): Promise<TermPage | null> {
    return rememberPublic(`${kind}:${slug}:${page}`, async () => {
      const term =
        kind === 'category' ? await Category.findBy('slug', slug) : await Tag.findBy('slug', slug)
      if (!term) return null
      const listing = await new ListLiveContents().handle(page, { kind, id: term.id })
      if (!listing) return null
      return {
        term: {
          name: term.name,
          slug: term.slug,
          description: term instanceof Category ? term.description : null,
        },
        listing,
      }
    })
  }
}
