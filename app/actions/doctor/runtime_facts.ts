import { fileURLToPath } from 'node:url'
import env from '#start/env'
import { configProvider } from '@adonisjs/core'
import app from '@adonisjs/core/services/app'
import drive from '@adonisjs/drive/services/main'
import { FSDriver } from '@adonisjs/drive/drivers/fs'
import type { RedisConnectionConfig } from '@adonisjs/redis/types'
import type { CookieSecurity } from '#actions/doctor/check_secure_cookies'

/*
| What the checks judge, read from the resolved configuration rather than
| re-derived from the environment, so doctor sees what the app really does.
*/

/** The folder of the default disk when uploads are stored locally. */
export function uploadsFolder(): string | null {
  const driver = drive.use().driver
  if (!(driver instanceof FSDriver)) return null
  const location = driver.options.location
  return location instanceof URL ? fileURLToPath(location) : location
}

/** The Secure flag of the session cookie (config/session.ts) and of the others (config/app.ts). */
export async function cookieSecurity(): Promise<CookieSecurity> {
  const session = await configProvider.resolve<{ cookie: { secure?: boolean } }>(
    app,
    app.config.get('session')
  )
  return {
    session: Boolean(session?.cookie.secure),
    other: Boolean(app.config.get('app.http.cookie.secure', false)),
  }
}

/** Whether the app logger pretty-prints instead of writing JSON lines. */
export function prettyLogs(): boolean {
  const targets = app.config.get<{ target: string }[]>('logger.loggers.app.transport.targets', [])
  return targets.some((target) => target.target === 'pino-pretty')
}

/** The Redis connection the site uses, when REDIS_HOST says there is one. */
export function redisConfig(): RedisConnectionConfig | undefined {
  if (!env.get('REDIS_HOST')) return undefined
  return app.config.get<RedisConnectionConfig>('redis.connections.main')
}
