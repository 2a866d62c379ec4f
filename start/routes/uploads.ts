/*
| Uploaded files: storing (people who write), serving (anyone, for public
| files; the policy decides) and deleting. Forms delete through POST.
*/
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

router
  .group(() => {
    router.post('/uploads', [controllers.Uploads, 'store']).use(middleware.auth())
    router.get('/uploads/:id', [controllers.Uploads, 'show'])
    router.get('/uploads/:id/:variant', [controllers.Uploads, 'show']).as('uploads.variant')
    router.delete('/uploads/:id', [controllers.Uploads, 'destroy']).use(middleware.auth())
    router
      .post('/uploads/:id/delete', [controllers.Uploads, 'destroy'])
      .use(middleware.auth())
      .as('uploads.delete')
  })
  .where('id', router.matchers.number())
  .use(middleware.requireInstalled())
