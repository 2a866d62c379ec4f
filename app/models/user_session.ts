import { UserSessionSchema } from '#database/schema'

/** A signed-in browser of a user; `endedAt` set means it was signed out remotely. */
export default class UserSession extends UserSessionSchema {
  static table = 'user_sessions'
  static selfAssignPrimaryKey = true

  get isActive() {
    return this.endedAt === null
  }
}
