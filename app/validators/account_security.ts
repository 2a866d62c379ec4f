import vine from '@vinejs/vine'
import { USER_ROLES } from '#models/user'

/** The admin's account-security form. */
export const accountSecurityValidator = vine.create({
  allowRegistration: vine.boolean().optional(),
  requireVerifiedEmail: vine.boolean().optional(),
  // One ticked box may arrive as a single value rather than a list.
  twoFactorRoles: vine
    .array(vine.enum(USER_ROLES))
    .parse((value) => (typeof value === 'string' ? [value] : value))
    .optional(),
  lockoutThreshold: vine.number().withoutDecimals().range([3, 20]),
  lockoutMinutes: vine.number().withoutDecimals().range([1, 1440]),
})
