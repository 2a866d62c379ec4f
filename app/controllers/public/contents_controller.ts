import type { HttpContext } from '@adonisjs/core/http'
import { Exception } from '@adonisjs/core/exceptions'
import ListLiveContents from '#actions/public_site/list_live_contents'
import FindLiveContent from '#actions/public_site/find_live_content'
import { requestedPage } from '#validators/public_page'
import { siteLink } from '#mails/site_link'

/** The public listing of live contents, and one item. */
export default class ContentsController {
  async index({ request, view }: HttpContext) {
    const listing = await new ListLiveContents().handle(await requestedPage(request))
    if (!listing) throw new Exception('No such listing page', { status: 404 })
    return view.render('pages/public/listing', {
      listing,
      baseUrl: '/c',
      siteUrl: await siteLink(''),
    })
  }

  async show({ params, view }: HttpContext) {
    const content = await new FindLiveContent().handle(String(params.slug))
    if (!content) throw new Exception('No live content at this address', { status: 404 })
    return view.render('pages/public/item', {
      content,
      canonicalUrl: await siteLink(`/c/${encodeURIComponent(content.slug)}`),
      coverUrl: content.cover ? await siteLink(content.cover.src) : null,
    })
  }
}
