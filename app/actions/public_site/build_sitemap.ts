import string from '@adonisjs/core/helpers/string'
import ListSitemapEntries from '#actions/public_site/list_sitemap_entries'

type SitemapUrl = { path: string; lastModified?: string }

/** One `<url>`: the location and last change, escaped for XML. */
function urlElement(baseUrl: string, { path, lastModified }: SitemapUrl): string {
  const lastmod = lastModified ? `<lastmod>${lastModified}</lastmod>` : ''
  return `<url><loc>${string.escapeHTML(`${baseUrl}${path}`)}</loc>${lastmod}</url>`
}

/**
 * The sitemap.xml document (sitemaps.org 0.9): home, listing, every live
 * item with its last change, and the categories and tags that lead to one.
 */
export default class BuildSitemap {
  async handle(baseUrl: string): Promise<string> {
    const entries = await new ListSitemapEntries().handle()
    const slugPath = (prefix: string, slug: string) => `${prefix}/${encodeURIComponent(slug)}`
    const urls: SitemapUrl[] = [
      { path: '/' },
      {
        path: '/c',
        lastModified: entries.items
          .map((item) => item.lastModified)
          .sort()
          .at(-1),
      },
      ...entries.items.map((item) => ({
        path: slugPath('/c', item.slug),
        lastModified: item.lastModified,
      })),
      ...entries.categories.map((slug) => ({ path: slugPath('/category', slug) })),
      ...entries.tags.map((slug) => ({ path: slugPath('/tag', slug) })),
    ]
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ...urls.map((url) => urlElement(baseUrl, url)),
      '</urlset>',
      '',
    ].join('\n')
  }
}
