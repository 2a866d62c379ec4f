/*
| The content editor: write and revise one content item, move it along the
| workflow, and look back at (or restore) its revisions. Loaded before the
| panel routes so these paths win over the generic resource pages.
*/
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

router
  .group(() => {
    router.get('/new', [controllers.admin.ContentEditor, 'create'])
    router.post('/new', [controllers.admin.ContentEditor, 'store'])
    router.get('/:id/edit', [controllers.admin.ContentEditor, 'edit'])
    router.post('/:id/edit', [controllers.admin.ContentEditor, 'update'])
    router.post('/:id/status', [controllers.admin.ContentStatus, 'update'])
    router.get('/:id/revisions/:revisionId', [controllers.admin.ContentRevisions, 'show'])
    router.post('/:id/revisions/:revisionId/restore', [
      controllers.admin.ContentRevisions,
      'restore',
    ])
  })
  .prefix('/admin/contents')
  .where('id', router.matchers.number())
  .where('revisionId', router.matchers.number())
  .use([middleware.requireInstalled(), middleware.auth()])
