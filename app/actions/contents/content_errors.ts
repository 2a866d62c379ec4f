import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'
import i18nManager from '@adonisjs/i18n/services/main'

/**
 * A content rule refused the change (a move the workflow does not have, a
 * cover that is not an image the actor may use). Carries its translation
 * key, and answers a request in the reader's language: JSON clients get
 * `{ errors: [{ field?, message }] }`, browsers go back to the form with
 * their input and the message flashed.
 */
export class ContentRuleException extends Exception {
  static status = 422
  static code = 'E_CONTENT_RULE'

  constructor(
    readonly messageKey: string,
    readonly messageData: Record<string, unknown> = {},
    readonly field?: string
  ) {
    super(i18nManager.locale(i18nManager.defaultLocale).t(messageKey, messageData))
  }

  async handle(error: this, ctx: HttpContext) {
    const message = ctx.i18n.t(error.messageKey, error.messageData)
    if (ctx.request.accepts(['html', 'json']) === 'json') {
      const entry = error.field ? { field: error.field, message } : { message }
      return ctx.response.status(422).send({ errors: [entry] })
    }
    // The form comes back with what was typed, as after a validation error.
    ctx.session.flashExcept(['_csrf', '_method'])
    if (error.field) ctx.session.flash('inputErrorsBag', { [error.field]: [message] })
    else ctx.session.flash('error', message)
    return ctx.response.redirect().back()
  }
}
