import { randomUUID } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import { type DatabaseChoice, databaseConnectionConfig } from '#support/database_connection'

export type ProbeResult = { ok: true } | { ok: false; reason: string }

const PROBE_TIMEOUT_MS = 5000

/**
 * Opens a throw-away connection with the given settings, runs `SELECT 1`
 * and closes it, so a wrong choice never disturbs the connection in use.
 */
export async function probeDatabase(choice: DatabaseChoice): Promise<ProbeResult> {
  const name = `probe_${randomUUID()}`
  const config = databaseConnectionConfig(choice)
  if (config.client !== 'better-sqlite3') {
    Object.assign(config, { pool: { min: 0, max: 1, acquireTimeoutMillis: PROBE_TIMEOUT_MS } })
    Object.assign(config.connection as object, { connectTimeout: PROBE_TIMEOUT_MS })
    if (config.client === 'pg') {
      Object.assign(config.connection as object, { connectionTimeoutMillis: PROBE_TIMEOUT_MS })
    }
  }

  db.manager.add(name, config)
  try {
    await db.connection(name).rawQuery('SELECT 1')
    return { ok: true }
  } catch (error) {
    return { ok: false, reason: describeConnectionError(error) }
  } finally {
    await db.manager.close(name, true)
  }
}

/** The driver's message without the stack, on one line. */
export function describeConnectionError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const withCode = (error as { code?: string }).code
  const line = message
    .split('\n')[0]
    .replace(/^select 1 - /i, '')
    .trim()
  return line || withCode || 'unknown error'
}
