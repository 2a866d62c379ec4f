import { Feed } from 'feed'
import string from '@adonisjs/core/helpers/string'
import ListFeedEntries from '#actions/public_site/list_feed_entries'

/** Who the feed is for: the site's name, public address and language. */
export type FeedSite = { name: string; baseUrl: string; locale: string }

/**
 * The Atom document of the newest live items, with absolute links. The feed
 * library marks titles and summaries as HTML, so plain text is escaped
 * first: a title about `<script>` must read as text in a feed reader.
 */
export default class BuildAtomFeed {
  async handle(site: FeedSite): Promise<string> {
    const entries = await new ListFeedEntries().handle()
    const link = (path: string) => `${site.baseUrl}${path}`
    const feed = new Feed({
      id: link('/'),
      title: site.name,
      link: link('/c'),
      language: site.locale,
      feedLinks: { atom: link('/feed.xml') },
      // The latest change; a fixed date for an empty feed keeps the document (and its ETag) stable.
      updated: new Date(Math.max(0, ...entries.map((entry) => Date.parse(entry.updatedAt)))),
      generator: 'Filamenta',
    })
    for (const entry of entries) {
      const url = link(`/c/${encodeURIComponent(entry.slug)}`)
      feed.addItem({
        id: url,
        link: url,
        title: string.escapeHTML(entry.title),
        description: entry.excerpt ? string.escapeHTML(entry.excerpt) : undefined,
        content: entry.body,
        author: entry.authorName ? [{ name: entry.authorName }] : undefined,
        date: new Date(entry.updatedAt),
        published: new Date(entry.publishedAt),
      })
    }
    return feed.atom1()
  }
}
