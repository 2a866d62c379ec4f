/*
| Routes of the two_factor feature: the account's 2FA page and the second
| step of signing in.
*/
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const Settings = () => import('#controllers/two_factor/settings_controller')
const Enrolment = () => import('#controllers/two_factor/enrolment_controller')
const Confirmation = () => import('#controllers/two_factor/confirmation_controller')
const RecoveryCodes = () => import('#controllers/two_factor/recovery_codes_controller')
const Challenge = () => import('#controllers/two_factor/challenge_controller')

router
  .group(() => {
    router.get('/', [Settings, 'show'])
    router.post('/disable', [Settings, 'destroy'])
    router.get('/enrolment', [Enrolment, 'show'])
    router.post('/enrolment', [Enrolment, 'store'])
    router.post('/enrolment/cancel', [Enrolment, 'destroy'])
    router.post('/confirmation', [Confirmation, 'store'])
    router.get('/recovery-codes', [RecoveryCodes, 'show'])
    router.post('/recovery-codes', [RecoveryCodes, 'store'])
  })
  .prefix('/account/two-factor')
  .use([middleware.requireInstalled(), middleware.auth()])

router
  .group(() => {
    router.get('/', [Challenge, 'show'])
    router.post('/', [Challenge, 'store'])
  })
  .prefix('/auth/two-factor-challenge')
  .use([middleware.requireInstalled(), middleware.guest()])

export default router
