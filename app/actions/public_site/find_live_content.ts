import Content from '#models/content'
import { rememberPublic } from '#support/content_cache'
import {
  authorName,
  contentCard,
  type ContentCard,
  type TermLink,
} from '#actions/public_site/content_card'

/** Everything the item page shows: plain data, safe to cache. */
export type ContentPage = ContentCard & {
  body: string
  seoTitle: string | null
  seoDescription: string | null
  authorName: string | null
  categories: TermLink[]
  tags: TermLink[]
}

const byName = (a: TermLink, b: TermLink) => a.name.localeCompare(b.name)
const termLink = ({ name, slug }: TermLink): TermLink => ({ name, slug })

/**
 * The live item at `slug`, or null: drafts, items in review, archived ones
 * and those scheduled later are not there for visitors.
 */
export default class FindLiveContent {
  async handle(slug: string): Promise<ContentPage | null> {
    return rememberPublic(`item:${slug}`, async () => {
      const content = await Content.query()
        .withScopes((scopes) => scopes.live())
        .where('slug', slug)
        .preload('author')
        .preload('cover')
        .preload('categories')
        .preload('tags')
        .first()
      if (!content) return null
      return {
        ...contentCard(content),
        // Sanitised against an allowlist when saved (SaveContent), so the page may print it raw.
        body: content.body,
        seoTitle: content.seoTitle,
        seoDescription: content.seoDescription,
        authorName: authorName(content.author),
        categories: content.categories.map(termLink).sort(byName),
        tags: content.tags.map(termLink).sort(byName),
      }
    })
  }
}
