import User, { type UserRole } from '#models/user'

export type UserFilters = {
  role?: UserRole
  /** Only accounts locked right now. */
  locked?: boolean
}

/** The accounts matching the filters, oldest first. */
export default class ListUsers {
  async handle(filters: UserFilters = {}): Promise<User[]> {
    const query = User.query().orderBy('id', 'asc')
    if (filters.role) query.where('role', filters.role)
    if (filters.locked) query.withScopes((scopes) => scopes.lockedNow())
    return query
  }
}
