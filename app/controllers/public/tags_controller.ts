import type { HttpContext } from '@adonisjs/core/http'
import { Exception } from '@adonisjs/core/exceptions'
import ListTermContents from '#actions/public_site/list_term_contents'
import { requestedPage } from '#validators/public_page'
import { siteLink } from '#mails/site_link'

/** The live contents carrying one tag. */
export default class TagsController {
  async show({ params, request, view }: HttpContext) {
    const page = await requestedPage(request)
    const found = await new ListTermContents().handle('tag', String(params.slug), page)
    if (!found) throw new Exception('No such tag page', { status: 404 })
    return view.render('pages/public/term', {
      ...found,
      siteUrl: await siteLink(''),
      kind: 'tag',
      baseUrl: `/tag/${encodeURIComponent(found.term.slug)}`,
    })
  }
}
