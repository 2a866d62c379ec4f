/*
| The admin's settings page, its "send test email" button, and the site
| logo every page shows.
*/
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

router
  .group(() => {
    // Named: the 2FA settings controller would claim the generated names.
    router.get('/admin/settings', [controllers.admin.Settings, 'show']).as('admin.settings.show')
    router
      .post('/admin/settings/mail/test', [controllers.admin.SettingsTestEmail, 'store'])
      .as('admin.settings.test_email')
    router
      .post('/admin/settings/:group', [controllers.admin.Settings, 'update'])
      .as('admin.settings.update')
  })
  .use([middleware.requireInstalled(), middleware.auth()])

// The old account-security page is now the "features" and "security" tabs.
router.on('/admin/account-security').redirectToPath('/admin/settings?group=features')

router.get('/site/logo', [controllers.SiteLogo, 'show']).use(middleware.requireInstalled())
