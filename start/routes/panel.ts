/*
| The admin panel's resources: the same routes for every declared resource,
| limited to the declared names so built-in admin pages keep their paths.
| A page a resource turns off (its editor lives elsewhere) gets no route,
| so it never shadows that other page.
*/
import edge from 'edge.js'
import router from '@adonisjs/core/services/router'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'
import { registerResources, registeredResources } from '#panel/registry'
import { adminMenuFor } from '#panel/menu'
import type { ResourceDefinition } from '#panel/types'
import { adminResources } from '#admin_resources/main'

registerResources(adminResources)

// The admin menu, worked out per request from the signed-in user's rights.
edge.global('adminMenu', adminMenuFor)

/** The resource names a route serves, as a route constraint. */
function resourcesWhere(serves: (resource: ResourceDefinition) => boolean) {
  const names = registeredResources()
    .filter(serves)
    .map((resource) => resource.name)
  // A pattern that matches nothing when no resource has the page.
  return names.length > 0 ? new RegExp(`^(${names.join('|')})$`) : /^(?!)$/
}

/** Staff only: members and anyone else never see a resource page, whatever its policy. */
async function enterAdmin(ctx: HttpContext, next: NextFn) {
  await ctx.bouncer.authorize('enterAdmin')
  return next()
}

const any = resourcesWhere(() => true)
const creatable = resourcesWhere((resource) => resource.pages.create)
const editable = resourcesWhere((resource) => resource.pages.edit)
const deletable = resourcesWhere((resource) => resource.pages.delete)
const Resources = controllers.admin.Resources

router
  .group(() => {
    router.get('/', [Resources, 'index']).where('resource', any)
    router.get('/create', [Resources, 'create']).where('resource', creatable)
    router.post('/', [Resources, 'store']).where('resource', creatable)
    router.post('/bulk', [Resources, 'bulk']).where('resource', any)
    router.get('/:id', [Resources, 'show']).where('resource', any)
    router.get('/:id/edit', [Resources, 'edit']).where('resource', editable)
    router.post('/:id/edit', [Resources, 'update']).where('resource', editable)
    router.get('/:id/delete', [Resources, 'confirmDelete']).where('resource', deletable)
    router.post('/:id/delete', [Resources, 'destroy']).where('resource', deletable)
    router.get('/:id/actions/:action', [Resources, 'confirmAction']).where('resource', any)
    router.post('/:id/actions/:action', [Resources, 'runAction']).where('resource', any)
  })
  .prefix('/admin/:resource')
  .use([middleware.requireInstalled(), middleware.auth(), enterAdmin])
