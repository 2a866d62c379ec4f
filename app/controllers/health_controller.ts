import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import { describeConnectionError } from '#actions/install/probe_database'

/** Liveness and readiness probes for load balancers and orchestrators. */
export default class HealthController {
  /** 200 while the process can answer at all. */
  async live({ response }: HttpContext) {
    return response.ok({ status: 'ok', uptime: Math.round(process.uptime()) })
  }

  /** 200 when the database answers, 503 with the reason otherwise. */
  async ready({ response }: HttpContext) {
    try {
      await db.connection().rawQuery('SELECT 1')
      return response.ok({ status: 'ok', checks: { database: { ok: true } } })
    } catch (error) {
      return response.serviceUnavailable({
        status: 'error',
        checks: { database: { ok: false, reason: describeConnectionError(error) } },
      })
    }
  }
}
