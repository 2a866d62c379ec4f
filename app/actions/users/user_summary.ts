import type User from '#models/user'

/**
 * What operators see of an account: never the password hash nor the 2FA
 * secret. Columns left to their database default are undefined on a model
 * just created, hence the fallbacks.
 */
export function userSummary(user: User) {
  const locked = user.isLocked
  return {
    id: user.id,
    email: user.email,
    username: user.username,
    fullName: user.fullName ?? null,
    role: user.role,
    locale: user.locale ?? null,
    emailVerifiedAt: user.emailVerifiedAt?.toISO() ?? null,
    locked,
    lockedUntil: locked ? user.lockedUntil!.toISO() : null,
    failedLoginCount: user.failedLoginCount ?? 0,
    twoFactorEnabled: Boolean(user.twoFactorEnabledAt),
    passwordChangedAt: user.passwordChangedAt?.toISO() ?? null,
    createdAt: user.createdAt.toISO(),
  }
}

export type UserSummary = ReturnType<typeof userSummary>
