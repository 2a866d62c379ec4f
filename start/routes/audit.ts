/*
| Routes of the admin's audit trail page and its CSV export.
*/
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

router
  .group(() => {
    router.get('/admin/audit', [controllers.admin.Audit, 'index'])
    router.get('/admin/audit/export.csv', [controllers.admin.Audit, 'export'])
  })
  .use([middleware.requireInstalled(), middleware.auth()])
