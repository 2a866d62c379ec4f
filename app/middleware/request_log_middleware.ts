import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * Returns the request id (taken from X-Request-Id when the client or proxy
 * sent one) and writes one log line per request. Every line logged through
 * ctx.logger during the request carries the same id.
 */
export default class RequestLogMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const startedAt = process.hrtime.bigint()
    const requestId = ctx.request.id()
    if (requestId) ctx.response.header('X-Request-Id', requestId)

    try {
      await next()
    } finally {
      const durationMs = Number(process.hrtime.bigint() - startedAt) / 1e6
      ctx.logger.info(
        {
          method: ctx.request.method(),
          url: ctx.request.url(),
          route: ctx.route?.pattern,
          status: ctx.response.getStatus(),
          durationMs: Math.round(durationMs * 10) / 10,
          ip: ctx.request.ip(),
          userId: ctx.auth?.user?.id,
        },
        'request completed'
      )
    }
  }
}
