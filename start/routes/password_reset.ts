/*
| Routes of the password_reset feature.
*/
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

router
  .group(() => {
    router.get('/auth/forgot-password', [controllers.auth.ForgotPassword, 'create'])
    router.post('/auth/forgot-password', [controllers.auth.ForgotPassword, 'store'])
    router.get('/auth/reset-password/:token', [controllers.auth.ResetPassword, 'create'])
    router.post('/auth/reset-password/:token', [controllers.auth.ResetPassword, 'store'])
  })
  .use(middleware.requireInstalled())

export default router
