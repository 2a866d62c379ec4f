/*
| Routes of the two_factor feature.
*/
import router from '@adonisjs/core/services/router'

export default router
