/*
| The admin panel's resources: the same routes for every declared resource,
| limited to the declared names so built-in admin pages keep their paths.
*/
import edge from 'edge.js'
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'
import { registerResources, registeredResources } from '#panel/registry'
import { adminResources } from '#admin_resources/main'

registerResources(adminResources)

// The admin menu lists the resources: name, path and label key.
edge.global(
  'panelMenu',
  registeredResources().map((resource) => ({
    key: resource.name,
    href: `/admin/${resource.name}`,
    labelKey: `${resource.labelKey}.plural`,
  }))
)

const names = registeredResources().map((resource) => resource.name)
const resourceName = new RegExp(`^(${names.join('|')})$`)

router
  .group(() => {
    router.get('/', [controllers.admin.Resources, 'index'])
    router.get('/create', [controllers.admin.Resources, 'create'])
    router.post('/', [controllers.admin.Resources, 'store'])
    router.post('/bulk', [controllers.admin.Resources, 'bulk'])
    router.get('/:id', [controllers.admin.Resources, 'show'])
    router.get('/:id/edit', [controllers.admin.Resources, 'edit'])
    router.post('/:id/edit', [controllers.admin.Resources, 'update'])
    router.get('/:id/delete', [controllers.admin.Resources, 'confirmDelete'])
    router.post('/:id/delete', [controllers.admin.Resources, 'destroy'])
    router.get('/:id/actions/:action', [controllers.admin.Resources, 'confirmAction'])
    router.post('/:id/actions/:action', [controllers.admin.Resources, 'runAction'])
  })
  .prefix('/admin/:resource')
  .where('resource', resourceName)
  .use([middleware.requireInstalled(), middleware.auth()])
