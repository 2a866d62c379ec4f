import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import User from '#models/user'
import { LastAdminException } from '#actions/users/user_errors'

/**
 * True when the user is the only administrator. Inside a transaction the
 * admin rows are locked, so two admins demoting each other at the same
 * moment cannot both succeed.
 */
export async function isLastAdmin(user: User, client?: TransactionClientContract) {
  if (user.role !== 'admin') return false
  const query = User.query({ client }).where('role', 'admin').select('id')
  if (client) query.forUpdate()
  const admins = await query
  return admins.length <= 1
}

/** Refuses to demote or delete the site's only administrator. */
export async function ensureAnotherAdmin(user: User, client: TransactionClientContract) {
  if (await isLastAdmin(user, client)) throw new LastAdminException()
}
