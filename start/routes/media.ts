/*
| The media library's admin pages and the picker's JSON. Uploading and
| serving files are the upload routes' job (POST /uploads, GET /uploads/:id).
*/
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

router
  .group(() => {
    router.get('/', [controllers.admin.Media, 'index'])
    router.get('/library.json', [controllers.admin.Media, 'library'])
    router.get('/:id', [controllers.admin.Media, 'show'])
    router.post('/:id', [controllers.admin.Media, 'update'])
    router.get('/:id/delete', [controllers.admin.Media, 'confirmDelete'])
    router.post('/:id/delete', [controllers.admin.Media, 'destroy'])
  })
  .prefix('/admin/media')
  .where('id', router.matchers.number())
  .use([middleware.requireInstalled(), middleware.auth()])
