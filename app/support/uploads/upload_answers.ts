import type { HttpContext } from '@adonisjs/core/http'
import type { UploadRejected } from '#actions/uploads/upload_rejected'

/** True when the client (the uploader script, the API) asked for JSON rather than a page. */
export function wantsJson(ctx: HttpContext) {
  return ctx.request.accepts(['html', 'json']) === 'json'
}

/**
 * A refused upload, in the visitor's language: a JSON error on the `file`
 * field with the refusal's status (422, or 413 when too large), or back to
 * the form with the message flashed on that field.
 */
export function answerRefusedUpload(ctx: HttpContext, error: UploadRejected) {
  const message = ctx.i18n.t(error.messageKey, error.data)
  if (wantsJson(ctx)) {
    return ctx.response.status(error.status).send({ errors: [{ field: 'file', message }] })
  }
  ctx.session.flash('inputErrorsBag', { file: [message] })
  return ctx.response.redirect().back()
}
