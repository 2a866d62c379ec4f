import { rememberPublic } from '#support/content_cache'
import { authorName, publishedAt } from '#actions/public_site/content_card'
import { newestLiveContents } from '#actions/public_site/newest_live_contents'

export const FEED_SIZE = 20

/** One item of the Atom feed, with site-relative paths. */
export type FeedEntry = {
  slug: string
  title: string
  excerpt: string | null
  body: string
  authorName: string | null
  publishedAt: string
  updatedAt: string
}

/** The newest live items, for the feed. */
export default class ListFeedEntries {
  async handle(): Promise<FeedEntry[]> {
    const entries = await rememberPublic('feed', async () => {
      const contents = await newestLiveContents().preload('author').limit(FEED_SIZE)
      return contents.map((content) => ({
        slug: content.slug,
        title: content.title,
        excerpt: content.excerpt,
        body: content.body,
        authorName: authorName(content.author),
        publishedAt: publishedAt(content),
        updatedAt: content.updatedAt.toISO()!,
      }))
    })
    return entries ?? []
  }
}
