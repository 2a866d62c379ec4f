import type { ResourceDefinition } from '#panel/index'
import users from '#admin_resources/users_resource'
import contents from '#admin_resources/contents_resource'
import categories from '#admin_resources/categories_resource'
import tags from '#admin_resources/tags_resource'

/*
| Every resource the admin panel serves. `node ace make:resource` adds its
| new resource to this list.
*/
export const adminResources: ResourceDefinition[] = [
  users,
  contents,
  categories,
  tags,
  // make:resource inserts here
]
