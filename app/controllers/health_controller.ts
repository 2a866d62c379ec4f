import type { HttpContext } from '@adonisjs/core/http'

/**
 * Answers load balancers and process supervisors.
 */
export default class HealthController {
  /**
   * Liveness: 200 while the process can answer at all.
   */
  live({ response }: HttpContext) {
    return response.ok({ status: 'ok', uptime: Math.round(process.uptime()) })
  }
}
