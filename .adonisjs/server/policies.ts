export const policies = {
  AdminUserPolicy: () => import('#policies/admin_user_policy'),
  ContentPolicy: () => import('#policies/content_policy'),
  MediaPolicy: () => import('#policies/media_policy'),
  TaxonomyPolicy: () => import('#policies/taxonomy_policy'),
  UploadPolicy: () => import('#policies/upload_policy'),
  UserPolicy: () => import('#policies/user_policy'),
}

