/*
|--------------------------------------------------------------------------
| HTTP kernel
|--------------------------------------------------------------------------
|
| Server middleware run on every request; router middleware run on
| matched routes only.
|
*/
import router from '@adonisjs/core/services/router'
import server from '@adonisjs/core/services/server'

server.errorHandler(() => import('#exceptions/handler'))

server.use([
  () => import('#middleware/container_bindings_middleware'),
  () => import('#middleware/request_log_middleware'),
  () => import('@adonisjs/static/static_middleware'),
  () => import('@adonisjs/vite/vite_middleware'),
])

router.use([
  () => import('@adonisjs/core/bodyparser_middleware'),
  () => import('@adonisjs/session/session_middleware'),
  () => import('@adonisjs/auth/initialize_auth_middleware'),
  // Before shield, so a CSRF rejection is already in the visitor's language.
  () => import('#middleware/detect_user_locale_middleware'),
  () => import('#middleware/track_user_session_middleware'),
  () => import('@adonisjs/shield/shield_middleware'),
  () => import('#middleware/share_layout_data_middleware'),
  () => import('#middleware/initialize_bouncer_middleware'),
  () => import('#middleware/require_two_factor_enrolment_middleware'),
])

export const middleware = router.named({
  guest: () => import('#middleware/guest_middleware'),
  auth: () => import('#middleware/auth_middleware'),
  installGate: () => import('#middleware/install_gate_middleware'),
  requireInstalled: () => import('#middleware/require_installed_middleware'),
  verifiedEmail: () => import('#middleware/require_verified_email_middleware'),
})
