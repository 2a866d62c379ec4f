import type { HttpContext } from '@adonisjs/core/http'
import drive from '@adonisjs/drive/services/main'
import { getSetting } from '#support/settings/get_setting'

/**
 * Serves the site's logo. Its address carries the logo's version, so
 * browsers may keep it for a day; the type is the one found in its bytes
 * at upload, and nosniff keeps browsers from guessing another.
 */
export default class SiteLogoController {
  async show({ request, response }: HttpContext) {
    const logo = await getSetting('site.logo')
    if (!logo) return response.notFound()

    const etag = `"${logo.version}"`
    response.header('Cache-Control', 'public, max-age=86400')
    response.header('ETag', etag)
    response.header('X-Content-Type-Options', 'nosniff')
    if (request.header('if-none-match') === etag) return response.notModified()

    const bytes = await drive
      .use()
      .getBytes(logo.path)
      .catch(() => null)
    if (!bytes) return response.notFound()
    response.header('Content-Type', logo.contentType)
    return response.send(Buffer.from(bytes))
  }
}
