import { DateTime } from 'luxon'
import type { HttpContext } from '@adonisjs/core/http'
import UserSession from '#models/user_session'
import { USER_SESSION_KEY } from '#actions/auth/complete_login'

/** Signs this browser out and takes it off the user's session list. */
export default class EndCurrentSession {
  async handle(ctx: HttpContext) {
    const sessionId = ctx.session.get(USER_SESSION_KEY)
    const session = sessionId ? await UserSession.find(sessionId) : null
    if (session && session.endedAt === null) {
      session.endedAt = DateTime.now()
      await session.save()
    }
    ctx.session.forget(USER_SESSION_KEY)
    await ctx.auth.use('web').logout()
  }
}
