/*
|--------------------------------------------------------------------------
| Routes
|--------------------------------------------------------------------------
*/
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'
import '#start/routes/email_verification'
import '#start/routes/password_reset'
import '#start/routes/two_factor'
import '#start/routes/profile'
import '#start/routes/audit'
import '#start/routes/settings'
import '#start/routes/uploads'
import '#start/routes/media'
import '#start/routes/public_site'
import '#start/routes/content_editor'
import '#start/routes/panel'

router.get('/health', [controllers.Health, 'live'])
router.get('/health/ready', [controllers.Health, 'ready'])

router.get('/locale/:locale', [controllers.Locale, 'update'])

router
  .group(() => {
    router.get('/', [controllers.Home, 'show'])
    router.get('/login', [controllers.Session, 'create']).use(middleware.guest())
    router.post('/login', [controllers.Session, 'store']).use(middleware.guest())
    router.post('/logout', [controllers.Session, 'destroy']).use(middleware.auth())
    router.get('/register', [controllers.Registration, 'create']).use(middleware.guest())
    router.post('/register', [controllers.Registration, 'store']).use(middleware.guest())

    router
      .group(() => {
        router.get('/security', [controllers.security.Sessions, 'index'])
        router.post('/sessions/others/end', [controllers.security.Sessions, 'endOthers'])
        router.post('/sessions/:id/end', [controllers.security.Sessions, 'end'])
      })
      .prefix('/account')
      .use(middleware.auth())
  })
  .use(middleware.requireInstalled())

router
  .group(() => {
    router.get('/', [controllers.install.Start, 'handle'])
    router.get('/language', [controllers.install.Language, 'show'])
    router.post('/language', [controllers.install.Language, 'store'])
    router.get('/requirements', [controllers.install.Requirements, 'show'])
    router.post('/requirements', [controllers.install.Requirements, 'store'])
    router.get('/database', [controllers.install.Database, 'show'])
    router.post('/database', [controllers.install.Database, 'store'])
    router.get('/site', [controllers.install.Site, 'show'])
    router.post('/site', [controllers.install.Site, 'store'])
    router.get('/admin', [controllers.install.Admin, 'show'])
    router.post('/admin', [controllers.install.Admin, 'store'])
    router.get('/mail', [controllers.install.Mail, 'show'])
    router.post('/mail', [controllers.install.Mail, 'store'])
    router.get('/finish', [controllers.install.Finish, 'show'])
    router.post('/finish', [controllers.install.Finish, 'store'])
  })
  .prefix('/install')
  .use(middleware.installGate())
