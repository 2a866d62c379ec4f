import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'

/** A listing asked for with a `?page=` that is not a page number: a 400 page that says so. */
export default class BadPageNumberException extends Exception {
  static status = 400
  static code = 'E_BAD_PAGE_NUMBER'

  async handle(_error: this, ctx: HttpContext) {
    ctx.response.status(400)
    if (ctx.request.accepts(['html', 'json']) === 'json') {
      return ctx.response.send({
        errors: [{ message: ctx.i18n.t('public_site.bad_page.message') }],
      })
    }
    return ctx.response.send(await ctx.view.render('pages/public/bad_page'))
  }
}
