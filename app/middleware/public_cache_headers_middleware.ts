import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * Lets browsers and proxies keep public pages for a minute. A signed-in
 * visitor's copy shows their name and a sign-out form, so it stays private;
 * the language comes from the cookie or Accept-Language, hence Vary. The
 * ETag lets a browser revalidate for a 304 instead of a new download.
 * Anonymous answers still set the session cookie, so a shared cache in
 * front must not store Set-Cookie (nginx and CDNs skip such answers).
 */
export default class PublicCacheHeadersMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    await next()
    const { response } = ctx
    const shareable = !ctx.auth.user && response.getStatus() === 200
    response.header('Cache-Control', shareable ? 'public, max-age=60' : 'private, no-cache')
    response.append('Vary', 'Cookie, Accept-Language')
    if (response.getStatus() === 200 && typeof response.getBody() === 'string') {
      response.send(response.getBody(), true)
    }
  }
}
