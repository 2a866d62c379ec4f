import { DateTime } from 'luxon'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import UserSession from '#models/user_session'
import {
  SESSION_ROLE_KEY,
  startTrackedSession,
  USER_SESSION_KEY,
} from '#actions/auth/complete_login'

// Writing "last seen" on every request would turn each page view into a write.
const LAST_SEEN_PRECISION_MINUTES = 1

/**
 * Keeps the signed-in browser on the user's session list, and signs it out
 * when that session was ended from elsewhere (another browser, a password
 * change, an admin).
 */
export default class TrackUserSessionMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const user = (await ctx.auth.check()) ? ctx.auth.user : undefined
    if (!user) return next()

    const sessionId = ctx.session.get(USER_SESSION_KEY)
    const session = sessionId ? await UserSession.find(sessionId) : null

    if (!session) {
      // Signed in by a "remember me" cookie: a new browser session begins.
      await startTrackedSession(ctx, user)
      return next()
    }
    if (session.userId !== user.id || !session.isActive) {
      await ctx.auth.use('web').logout()
      ctx.session.forget(USER_SESSION_KEY)
      ctx.session.flash('error', ctx.i18n.t('auth.session.ended'))
      return ctx.response.redirect().toPath('/login')
    }
    // A role change (privilege change) rotates the session id.
    if (ctx.session.get(SESSION_ROLE_KEY) !== user.role) {
      ctx.session.regenerate()
      ctx.session.put(SESSION_ROLE_KEY, user.role)
    }
    if (session.lastSeenAt < DateTime.now().minus({ minutes: LAST_SEEN_PRECISION_MINUTES })) {
      session.lastSeenAt = DateTime.now()
      await session.save()
    }
    return next()
  }
}
