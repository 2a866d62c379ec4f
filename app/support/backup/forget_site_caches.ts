import cache from '@adonisjs/cache/services/main'
import logger from '@adonisjs/core/services/logger'
import { forgetInstallState } from '#support/install_state'

/**
 * After a restore every cached answer (settings, users, install state) may
 * describe the replaced data: drop them here and, through the cache's bus,
 * in every other app process. A cache that cannot be reached is only
 * logged; the restore itself has already succeeded.
 */
export async function forgetSiteCaches() {
  forgetInstallState()
  try {
    await cache.clear()
  } catch (error) {
    logger.warn({ err: error }, 'restore done, but the cache could not be cleared')
  }
}
