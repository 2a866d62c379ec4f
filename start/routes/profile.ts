/*
| Routes of the profile and account pages, and the admin area's entry.
*/
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

router
  .group(() => {
    router.get('/account/profile', [controllers.account.Profile, 'show'])
    router.post('/account/profile', [controllers.account.Profile, 'update'])
    router.post('/account/password', [controllers.account.Password, 'update'])
    router.get('/admin', [controllers.admin.Dashboard, 'show'])
  })
  .use([middleware.requireInstalled(), middleware.auth()])

export default router
