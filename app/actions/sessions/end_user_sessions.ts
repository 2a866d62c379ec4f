import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import UserSession from '#models/user_session'

/**
 * Ends a user's sessions (all, or all but one) and forgets their "remember
 * me" tokens, so no browser stays signed in after a password change.
 */
export default class EndUserSessions {
  /** Returns how many sessions were ended. */
  async handle(
    userId: number,
    options: { exceptSessionId?: string; client?: TransactionClientContract } = {}
  ): Promise<number> {
    const client = options.client ?? db.connection()
    const query = UserSession.query({ client }).where('user_id', userId).whereNull('ended_at')
    if (options.exceptSessionId) query.whereNot('id', options.exceptSessionId)

    // Saved through the model so each engine gets its own timestamp format.
    const sessions = await query
    const now = DateTime.now()
    for (const session of sessions) {
      session.endedAt = now
      await session.save()
    }

    await client.from('remember_me_tokens').where('tokenable_id', userId).delete()
    return sessions.length
  }
}
