export const policies = {
  AdminUserPolicy: () => import('#policies/admin_user_policy'),
  UserPolicy: () => import('#policies/user_policy'),
}

