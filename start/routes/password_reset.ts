/*
| Routes of the password_reset feature.
*/
import router from '@adonisjs/core/services/router'

export default router
