import type { HttpContext } from '@adonisjs/core/http'
import BuildSitemap from '#actions/public_site/build_sitemap'
import { siteLink } from '#mails/site_link'

/** sitemap.xml for search engines. */
export default class SitemapController {
  async show({ response }: HttpContext) {
    const xml = await new BuildSitemap().handle(await siteLink(''))
    response.header('Content-Type', 'application/xml; charset=utf-8')
    return xml
  }
}
