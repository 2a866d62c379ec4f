import type { HttpContext } from '@adonisjs/core/http'
import BeginEnrolment from '#actions/two_factor/begin_enrolment'
import { TWO_FACTOR_PATH } from '#support/two_factor_requirement'
import {
  forgetPendingSecret,
  pendingSecret,
  rememberPendingSecret,
} from '#support/two_factor_enrolment'

const ENROLMENT_PATH = `${TWO_FACTOR_PATH}/enrolment`

/** Turning 2FA on, first half: the QR code to scan and the form for the first code. */
export default class EnrolmentController {
  async show(ctx: HttpContext) {
    const user = ctx.auth.getUserOrFail()
    const secret = pendingSecret(ctx, user)
    if (!secret) return ctx.response.redirect().toPath(TWO_FACTOR_PATH)
    // The page carries the secret: no cache may keep it.
    ctx.response.header('Cache-Control', 'no-store')
    return ctx.view.render('pages/account/two_factor_enrolment', {
      ...(await BeginEnrolment.details(user, secret)),
    })
  }

  async store(ctx: HttpContext) {
    const user = ctx.auth.getUserOrFail()
    const start = await new BeginEnrolment().handle(user)
    if (start.status === 'already_enabled') return ctx.response.redirect().toPath(TWO_FACTOR_PATH)
    rememberPendingSecret(ctx, user, start.secret)
    return ctx.response.redirect().toPath(ENROLMENT_PATH)
  }

  async destroy(ctx: HttpContext) {
    forgetPendingSecret(ctx)
    return ctx.response.redirect().toPath(TWO_FACTOR_PATH)
  }
}
