import { AuthorizationResponse, BasePolicy } from '@adonisjs/bouncer'
import type User from '#models/user'
import type { UserRole } from '#models/user'
import { isLastAdmin } from '#actions/users/last_admin'

/**
 * Who may see and change which account: admins manage everyone, people
 * manage themselves, and the site always keeps one administrator.
 */
export default class UserPolicy extends BasePolicy {
  /** Admins list and create accounts. */
  viewAny(actor: User) {
    return actor.isAdmin
  }

  create(actor: User) {
    return actor.isAdmin
  }

  /** Admins see every account; people see their own. */
  view(actor: User, subject: User) {
    return actor.isAdmin || actor.id === subject.id
  }

  /** Admins edit every account; people edit their own profile. */
  edit(actor: User, subject: User) {
    return actor.isAdmin || actor.id === subject.id
  }

  /** Only admins give roles, and the last admin cannot step down. */
  async changeRole(actor: User, subject: User, role: UserRole) {
    if (!actor.isAdmin) return false
    if (role !== 'admin' && (await isLastAdmin(subject))) return lastAdminDenied()
    return true
  }

  /** Locking, unlocking, resetting 2FA or a password: admins, on someone else. */
  manage(actor: User, subject: User) {
    return actor.isAdmin && actor.id !== subject.id
  }

  /** Only admins delete accounts, never the last admin. */
  async delete(actor: User, subject: User) {
    if (!actor.isAdmin) return false
    if (await isLastAdmin(subject)) return lastAdminDenied()
    return true
  }
}

function lastAdminDenied() {
  return AuthorizationResponse.deny('The last administrator must stay an administrator', 409).t(
    'users.last_admin'
  )
}
