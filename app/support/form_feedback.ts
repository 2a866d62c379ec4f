import type { HttpContext } from '@adonisjs/core/http'

/**
 * Shows a message under one field of the form on the next page, the way
 * VineJS failures are shown, for checks that only the action can make
 * (a wrong password, a wrong code).
 */
export function flashFieldError(ctx: HttpContext, field: string, message: string) {
  ctx.session.flash('inputErrorsBag', { [field]: [message] })
}
