/*
| Routes of the email_verification feature.
*/
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

router
  .group(() => {
    router
      .get('/auth/verify-email', [controllers.auth.EmailVerification, 'show'])
      .use(middleware.auth())
    router
      .post('/auth/send-verification', [controllers.auth.EmailVerification, 'store'])
      .use(middleware.auth())
    // Opened from the email, possibly in a browser that is not signed in.
    router.get('/auth/verify-email/:token', [controllers.auth.EmailVerification, 'verify'])
  })
  .use(middleware.requireInstalled())

export default router
