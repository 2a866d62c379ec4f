/*
| Routes of the profile and account pages.
*/
import router from '@adonisjs/core/services/router'

export default router
