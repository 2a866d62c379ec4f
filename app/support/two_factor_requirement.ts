import type User from '#models/user'
import { readSetting } from '#support/settings_store'
import { userNeedsTwoFactor } from '#support/two_factor_challenge'

export const REQUIRED_ROLES_SETTING = 'security.two_factor_required_roles'

/** The account page where 2FA is turned on and off. */
export const TWO_FACTOR_PATH = '/account/two-factor'

/** The roles whose members must turn 2FA on before using the site. */
export async function twoFactorRequiredRoles(): Promise<string[]> {
  const roles = await readSetting<unknown>(REQUIRED_ROLES_SETTING, [])
  return Array.isArray(roles) ? roles.filter((role) => typeof role === 'string') : []
}

/** True when members of this role must turn 2FA on. */
export async function roleRequiresTwoFactor(role: string): Promise<boolean> {
  const roles = await twoFactorRequiredRoles()
  return roles.includes(role)
}

/** True when the user's role requires 2FA and the user has not turned it on yet. */
export async function mustEnrolInTwoFactor(user: User): Promise<boolean> {
  // Checked first: a user with 2FA costs no settings query.
  if (userNeedsTwoFactor(user)) return false
  return roleRequiresTwoFactor(user.role)
}
