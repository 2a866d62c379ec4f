import type User from '#models/user'
import UserPolicy from '#policies/user_policy'

/**
 * Accounts as the admin panel manages them: admins only, even on their own
 * account (people edit themselves from their profile page). The last
 * administrator is protected by the actions themselves, inside their
 * transactions, so two admins demoting each other cannot both succeed.
 */
export default class AdminUserPolicy extends UserPolicy {
  view(actor: User) {
    return actor.isAdmin
  }

  edit(actor: User) {
    return actor.isAdmin
  }

  /** Any account's role, one's own included; the action refuses to leave no admin. */
  changeRoleOf(actor: User) {
    return actor.isAdmin
  }

  verifyEmail(actor: User, subject: User) {
    return actor.isAdmin && subject.emailVerifiedAt === null
  }

  /** Bulk deletion never includes the admin's own account. */
  async deleteOther(actor: User, subject: User) {
    if (actor.id === subject.id) return false
    return this.delete(actor, subject)
  }
}
