import User, { USER_ROLES, type UserRole } from '#models/user'

/** How many accounts hold each role, every role listed even when none does. */
export default class CountUsersByRole {
  async handle(): Promise<Record<UserRole, number>> {
    const rows = await User.query().select('role').count('* as total').groupBy('role')
    const counts = Object.fromEntries(USER_ROLES.map((role) => [role, 0])) as Record<
      UserRole,
      number
    >
    for (const row of rows) {
      const role = row.role as UserRole
      if (role in counts) counts[role] = Number(row.$extras.total)
    }
    return counts
  }
}
