import { RedisConnection } from '@adonisjs/redis'
import type { RedisConnectionConfig } from '@adonisjs/redis/types'
import { type Diagnostic, describeError, fail, pass } from '#actions/doctor/diagnostic'

const TIMEOUT_MS = 3000

/**
 * Pings Redis through a connection of its own that tries once: the app's
 * connection retries for seconds, which is right for a server and wrong
 * for a check.
 */
export async function checkRedis(config: RedisConnectionConfig | undefined): Promise<Diagnostic> {
  if (!config) return pass('redis', 'Redis is not configured (REDIS_HOST is unset)')

  const where = `${config.host ?? '127.0.0.1'}:${config.port ?? 6379}`
  const connection = new RedisConnection('doctor', {
    ...config,
    lazyConnect: true,
    connectTimeout: TIMEOUT_MS,
    commandTimeout: TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  })
  try {
    await connection.ioConnection.connect()
    await connection.ping()
    return pass('redis', `Redis at ${where} answers`)
  } catch (error) {
    // ioredis rejects with "Connection is closed."; the cause came as an error event.
    const cause = connection.lastError ?? error
    return fail(
      'redis',
      `Redis at ${where} is unreachable: ${describeError(cause)}`,
      'Start Redis or correct REDIS_HOST, REDIS_PORT and REDIS_PASSWORD in .env (unset REDIS_HOST to run without it).'
    )
  } finally {
    connection.ioConnection.disconnect()
  }
}
