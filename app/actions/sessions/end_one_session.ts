import { DateTime } from 'luxon'
import type { HttpContext } from '@adonisjs/core/http'
import UserSession from '#models/user_session'
import RecordAuditEvent from '#actions/audit/record_audit_event'

/**
 * Ends one of the signed-in user's own sessions. Returns false when the id
 * is not one of theirs, so nobody can end another person's session.
 */
export default class EndOneSession {
  async handle(ctx: HttpContext, sessionId: string): Promise<boolean> {
    const user = ctx.auth.user!
    const session = await UserSession.query()
      .where('id', String(sessionId))
      .where('user_id', user.id)
      .whereNull('ended_at')
      .first()
    if (!session) return false

    session.endedAt = DateTime.now()
    await session.save()
    await new RecordAuditEvent().handle({
      event: 'auth.session.ended',
      actorId: user.id,
      subjectUserId: user.id,
      details: { sessionId: session.id },
      ...RecordAuditEvent.fromRequest(ctx),
    })
    return true
  }
}
