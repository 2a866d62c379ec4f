import type { ResourceDefinition } from '#panel/index'
import users from '#admin_resources/users_resource'

/*
| Every resource the admin panel serves. `node ace make:resource` adds its
| new resource to this list.
*/
export const adminResources: ResourceDefinition[] = [
  users,
  // make:resource inserts here
]
