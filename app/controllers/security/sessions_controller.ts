import type { HttpContext } from '@adonisjs/core/http'
import UserSession from '#models/user_session'
import EndUserSessions from '#actions/sessions/end_user_sessions'
import EndOneSession from '#actions/sessions/end_one_session'
import { USER_SESSION_KEY } from '#actions/auth/complete_login'
import { describeUserAgent } from '#support/user_agent'

/** "My sessions": every browser signed in to my account, and ending them. */
export default class SessionsController {
  async index(ctx: HttpContext) {
    const sessions = await UserSession.query()
      .where('user_id', ctx.auth.user!.id)
      .whereNull('ended_at')
      .orderBy('last_seen_at', 'desc')
    const currentId = ctx.session.get(USER_SESSION_KEY)
    return ctx.view.render('pages/security/sessions', {
      sessions: sessions.map((session) => ({
        id: session.id,
        device: describeUserAgent(session.userAgent),
        ip: session.ip,
        lastSeen: ctx.i18n.formatDate(session.lastSeenAt.toJSDate(), {
          dateStyle: 'medium',
          timeStyle: 'short',
        }),
        isCurrent: session.id === currentId,
      })),
    })
  }

  async end(ctx: HttpContext) {
    const ended = await new EndOneSession().handle(ctx, ctx.params.id)
    if (!ended) return ctx.response.notFound(ctx.i18n.t('errors.not_found.title'))
    ctx.session.flash('success', ctx.i18n.t('security.sessions.ended_one'))
    return ctx.response.redirect().toPath('/account/security')
  }

  async endOthers(ctx: HttpContext) {
    const count = await new EndUserSessions().handle(ctx.auth.user!.id, {
      exceptSessionId: ctx.session.get(USER_SESSION_KEY),
    })
    ctx.session.flash('success', ctx.i18n.t('security.sessions.ended_others', { count }))
    return ctx.response.redirect().toPath('/account/security')
  }
}
