/*
| Routes of the email_verification feature.
*/
import router from '@adonisjs/core/services/router'

export default router
