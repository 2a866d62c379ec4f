import type User from '#models/user'
import { USER_ROLES } from '#models/user'
import { SUPPORTED_LOCALES } from '#support/locales'
import { defineResource, field, filter, rowAction, bulkAction } from '#panel/index'
import CreateUser from '#actions/users/create_user'
import UpdateProfile from '#actions/users/update_profile'
import DeleteUser from '#actions/users/delete_user'
import SetUserRole from '#actions/users/set_user_role'
import LockUser from '#actions/users/lock_user'
import UnlockUser from '#actions/users/unlock_user'
import ResetTwoFactor from '#actions/users/reset_two_factor'
import VerifyUserEmail from '#actions/users/verify_user_email'
import ForcePasswordReset from '#actions/users/force_password_reset'

const isLocked = (user: User) => user.isLocked

/** Accounts, as admins manage them (SPEC 4.2). */
export default defineResource<User>({
  name: 'users',
  label: 'users.resource',
  model: () => import('#models/user'),
  policy: () => import('#policies/admin_user_policy'),
  title: (user) => user.username,
  defaultSort: { field: 'createdAt', direction: 'desc' },

  fields: {
    username: field.text({
      label: 'users.fields.username',
      required: true,
      minLength: 3,
      maxLength: 32,
      pattern: { source: '^[A-Za-z0-9_.-]+$', message: 'users.fields.username_pattern' },
      unique: true,
      sortable: true,
      searchable: true,
    }),
    email: field.email({
      label: 'users.fields.email',
      required: true,
      maxLength: 254,
      unique: true,
      sortable: true,
      searchable: true,
    }),
    fullName: field.text({
      label: 'users.fields.full_name',
      maxLength: 120,
      searchable: true,
      show: { list: false, create: false },
    }),
    role: field.enum({
      label: 'users.fields.role',
      required: true,
      choices: USER_ROLES,
      choiceLabels: 'roles.',
      sortable: true,
      // Changed by its own action, which guards the last administrator.
      show: { edit: false },
    }),
    locale: field.enum({
      label: 'users.fields.locale',
      choices: SUPPORTED_LOCALES,
      choiceLabels: 'layout.languages.',
      show: { list: false, create: false },
    }),
    password: field.password({
      label: 'users.fields.password',
      hint: 'users.fields.password_hint',
      required: true,
      maxLength: 128,
      rules: ['strongPassword'],
    }),
    verified: field.boolean({
      label: 'users.fields.verified',
      compute: (user) => user.emailVerifiedAt !== null,
    }),
    twoFactor: field.boolean({
      label: 'users.fields.two_factor',
      compute: (user) => user.twoFactorEnabledAt !== null,
    }),
    locked: field.boolean({ label: 'users.fields.locked', compute: isLocked }),
    lockedUntil: field.datetime({ label: 'users.fields.locked_until', show: { list: false } }),
    createdAt: field.datetime({ label: 'users.fields.created_at', sortable: true }),
  },

  filters: {
    role: filter.select({
      label: 'users.fields.role',
      choices: USER_ROLES,
      choiceLabels: 'roles.',
      column: 'role',
    }),
    locked: filter.boolean({
      label: 'users.filters.locked',
      apply: (query, locked) => query.withScopes((scopes: any) => scopes.lockedNow(locked)),
    }),
    twoFactor: filter.boolean({
      label: 'users.filters.two_factor',
      apply: (query, on) =>
        on ? query.whereNotNull('two_factor_enabled_at') : query.whereNull('two_factor_enabled_at'),
    }),
    verified: filter.boolean({
      label: 'users.filters.verified',
      apply: (query, verified) =>
        verified ? query.whereNotNull('email_verified_at') : query.whereNull('email_verified_at'),
    }),
  },

  persistence: {
    create: (input, { actor }) => new CreateUser().handle(input as any, actor),
    update: async (user, input, { actor }) => {
      await new UpdateProfile().handle(user as User, input as any, actor)
    },
    delete: (user, { actor }) => new DeleteUser().handle(user as User, actor),
  },

  rowActions: [
    rowAction<User>({
      name: 'change-role',
      label: 'users.actions.change_role',
      success: 'users.actions.change_role_done',
      ability: 'changeRoleOf',
      inputs: {
        role: field.enum({
          label: 'users.fields.role',
          required: true,
          choices: USER_ROLES,
          choiceLabels: 'roles.',
        }),
      },
      handle: async (user, input, { actor }) => {
        await new SetUserRole().handle(user, input.role, actor)
      },
    }),
    rowAction<User>({
      name: 'lock',
      label: 'users.actions.lock',
      success: 'users.actions.lock_done',
      ability: 'manage',
      visible: (user) => !isLocked(user),
      inputs: {
        minutes: field.integer({
          label: 'users.fields.lock_minutes',
          hint: 'users.fields.lock_minutes_hint',
          min: 1,
          max: 525_600,
        }),
      },
      handle: async (user, input, { actor }) => {
        await new LockUser().handle(user, input.minutes ?? undefined, actor)
      },
    }),
    rowAction<User>({
      name: 'unlock',
      label: 'users.actions.unlock',
      success: 'users.actions.unlock_done',
      ability: 'manage',
      visible: isLocked,
      handle: (user, _input, { actor }) => new UnlockUser().handle(user, actor),
    }),
    rowAction<User>({
      name: 'reset-2fa',
      label: 'users.actions.reset_two_factor',
      success: 'users.actions.reset_two_factor_done',
      ability: 'manage',
      destructive: true,
      visible: (user) => user.twoFactorEnabledAt !== null,
      handle: async (user, _input, { actor }) => {
        await new ResetTwoFactor().handle(user, actor)
      },
    }),
    rowAction<User>({
      name: 'force-password-reset',
      label: 'users.actions.force_password_reset',
      success: 'users.actions.force_password_reset_done',
      ability: 'manage',
      destructive: true,
      handle: (user, _input, { actor }) => new ForcePasswordReset().handle(user, actor),
    }),
    rowAction<User>({
      name: 'verify-email',
      label: 'users.actions.verify_email',
      success: 'users.actions.verify_email_done',
      ability: 'verifyEmail',
      handle: async (user, _input, { actor }) => {
        await new VerifyUserEmail().handle(user, actor)
      },
    }),
  ],

  bulkActions: [
    bulkAction<User>({
      name: 'lock',
      label: 'users.actions.lock',
      success: 'users.bulk.lock_done',
      ability: 'manage',
      handle: async (user, { actor }) => {
        if (!isLocked(user)) await new LockUser().handle(user, undefined, actor)
      },
    }),
    bulkAction<User>({
      name: 'unlock',
      label: 'users.actions.unlock',
      success: 'users.bulk.unlock_done',
      ability: 'manage',
      handle: async (user, { actor }) => {
        if (user.lockedUntil !== null) await new UnlockUser().handle(user, actor)
      },
    }),
    bulkAction<User>({
      name: 'delete',
      label: 'panel.delete.button',
      success: 'users.bulk.delete_done',
      ability: 'deleteOther',
      destructive: true,
      handle: (user, { actor }) => new DeleteUser().handle(user, actor),
    }),
  ],
})
