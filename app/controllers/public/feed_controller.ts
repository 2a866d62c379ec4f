import type { HttpContext } from '@adonisjs/core/http'
import BuildAtomFeed from '#actions/public_site/build_atom_feed'
import { siteLink } from '#mails/site_link'
import { siteLocale, siteName } from '#support/site_settings'

/** The Atom feed of the newest live contents. */
export default class FeedController {
  async show({ response }: HttpContext) {
    const xml = await new BuildAtomFeed().handle({
      name: await siteName(),
      baseUrl: await siteLink(''),
      locale: await siteLocale(),
    })
    response.header('Content-Type', 'application/atom+xml; charset=utf-8')
    return xml
  }
}
