import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import { mailSetup } from '#actions/doctor/mail_setup'
import type { StatusItem } from '#actions/dashboard/status_item'

/** A status page must answer even when a service hangs. */
const REDIS_TIMEOUT_MS = 500

function withinTime<T>(promise: Promise<T>, milliseconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${milliseconds} ms`)), milliseconds)
  })
  return Promise.race([promise, expiry]).finally(() => clearTimeout(timer))
}

/** Lucid's dialect names, as people know the engines. */
const ENGINES: Record<string, string> = { postgres: 'PostgreSQL', mysql: 'MySQL' }

/** The database answers a trivial query. */
export async function checkDatabase(): Promise<StatusItem> {
  const client = db.connection()
  const engine = ENGINES[client.dialect.name] ?? 'SQLite'
  try {
    await client.rawQuery('select 1')
    return { id: 'database', state: 'pass', message: 'up', values: { engine } }
  } catch (error) {
    return { id: 'database', state: 'fail', message: 'down', values: { reason: String(error) } }
  }
}

/**
 * Redis answers PING on the app's own connection, the one sessions and
 * the cache use; null when the site runs without Redis (no REDIS_HOST).
 */
export async function checkRedis(): Promise<StatusItem | null> {
  if (!env.get('REDIS_HOST')) return null
  // Imported here so that a site without Redis never opens a connection.
  const { default: redis } = await import('@adonisjs/redis/services/main')
  try {
    await withinTime(redis.ping(), REDIS_TIMEOUT_MS)
    return { id: 'redis', state: 'pass', message: 'up' }
  } catch (error) {
    const reason = (error as Error).message
    return { id: 'redis', state: 'fail', message: 'down', values: { reason } }
  }
}

/**
 * Whether mail leaves the server, as `doctor` sees the setup: an SMTP host
 * saved by an admin or set in SMTP_HOST. Without one the SMTP mailer tries
 * localhost, which rarely relays; the file mailer sends nothing at all.
 * No connection is made: that is doctor's slower job.
 */
export async function checkMail(): Promise<StatusItem> {
  const setup = await mailSetup(true)
  if (setup.mailer === 'file') return { id: 'mail', state: 'warn', message: 'file' }
  if (!setup.server) {
    return { id: 'mail', state: 'warn', message: 'unknown', values: { reason: setup.reason } }
  }
  if (!setup.configured) return { id: 'mail', state: 'warn', message: 'unset' }
  return { id: 'mail', state: 'pass', message: 'smtp', values: { host: setup.server.host } }
}
