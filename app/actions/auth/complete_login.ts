import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import type { HttpContext } from '@adonisjs/core/http'
import type User from '#models/user'
import UserSession from '#models/user_session'
import RecordAuditEvent from '#actions/audit/record_audit_event'

export const USER_SESSION_KEY = 'userSessionId'
export const SESSION_ROLE_KEY = 'sessionRole'

/**
 * Signs a user in once every check has passed (password, and the second
 * factor when enabled): new session id, a row in the session list, the
 * failed-attempt counter cleared, and an audit entry.
 */
export default class CompleteLogin {
  async handle(ctx: HttpContext, user: User, options: { remember?: boolean } = {}) {
    // The guard regenerates the session id, which defeats session fixation.
    await ctx.auth.use('web').login(user, Boolean(options.remember))
    await startTrackedSession(ctx, user)

    if (user.failedLoginCount !== 0 || user.lockedUntil !== null) {
      user.failedLoginCount = 0
      user.lockedUntil = null
      await user.save()
    }
    await new RecordAuditEvent().handle({
      event: 'auth.login.succeeded',
      actorId: user.id,
      subjectUserId: user.id,
      ...RecordAuditEvent.fromRequest(ctx),
    })
  }
}

/** Adds the current browser to the user's session list. */
export async function startTrackedSession(ctx: HttpContext, user: User) {
  const now = DateTime.now()
  const session = await UserSession.create({
    id: randomUUID(),
    userId: user.id,
    ip: ctx.request.ip(),
    userAgent: ctx.request.header('user-agent')?.slice(0, 255) ?? null,
    createdAt: now,
    lastSeenAt: now,
  })
  ctx.session.put(USER_SESSION_KEY, session.id)
  ctx.session.put(SESSION_ROLE_KEY, user.role)
  return session
}
