import { DateTime } from 'luxon'
import Category from '#models/category'
import Tag from '#models/tag'
import Content from '#models/content'
import { rememberPublic } from '#support/content_cache'
import { newestLiveContents } from '#actions/public_site/newest_live_contents'

/** The public URLs worth listing for search engines, by slug. */
export type SitemapEntries = {
  items: { slug: string; lastModified: string }[]
  categories: string[]
  tags: string[]
}

/** The slugs of the terms (categories or tags) that have at least one live item. */
async function termsWithLiveItems(
  model: typeof Category | typeof Tag,
  pivot: string,
  column: string
) {
  const terms = await model
    .query()
    .select('slug')
    .whereIn(
      'id',
      Content.query()
        .withScopes((scopes) => scopes.live())
        .join(pivot, `${pivot}.content_id`, 'contents.id')
        .select(`${pivot}.${column}`)
    )
    .orderBy('slug')
  return terms.map((term) => term.slug)
}

/** Every live item with its last change, and the categories and tags that lead to some. */
export default class ListSitemapEntries {
  async handle(): Promise<SitemapEntries> {
    const entries = await rememberPublic('sitemap', async () => {
      const contents = await newestLiveContents().select('slug', 'publish_at', 'updated_at')
      return {
        items: contents.map((content) => ({
          slug: content.slug,
          // A scheduled item changes for visitors when it goes live.
          lastModified: DateTime.max(
            content.updatedAt,
            content.publishAt ?? content.updatedAt
          ).toISO()!,
        })),
        categories: await termsWithLiveItems(Category, 'content_categories', 'category_id'),
        tags: await termsWithLiveItems(Tag, 'content_tags', 'tag_id'),
      }
    })
    return entries!
  }
}
