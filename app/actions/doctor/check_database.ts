import { setTimeout as sleep } from 'node:timers/promises'
import db from '@adonisjs/lucid/services/db'
import { describeConnectionError } from '#actions/install/probe_database'
import { type Diagnostic, fail, pass } from '#actions/doctor/diagnostic'

/** A server that drops packets would otherwise hold doctor for knex's 60 s acquire timeout. */
const TIMEOUT_MS = 10_000

const ENGINES: Record<string, string> = {
  'better-sqlite3': 'SQLite',
  'sqlite3': 'SQLite',
  'pg': 'PostgreSQL',
  'mysql2': 'MySQL',
}

/** The primary connection named for people: engine and where it points. */
function describeConnection(): { engine: string; sqlite: boolean; where: string } {
  const config = db.manager.get(db.primaryConnectionName)!.config
  const connection = (config.connection ?? {}) as Record<string, unknown>
  const engine = ENGINES[String(config.client)] ?? String(config.client)
  if (engine === 'SQLite') return { engine, sqlite: true, where: String(connection.filename) }
  const where = `"${connection.database}" on ${connection.host}:${connection.port}`
  return { engine, sqlite: false, where }
}

async function timeout(): Promise<never> {
  await sleep(TIMEOUT_MS, undefined, { ref: false })
  throw new Error(`no answer within ${TIMEOUT_MS / 1000} seconds`)
}

/** The database the site runs on answers a query. */
export async function checkDatabase(): Promise<Diagnostic> {
  const { engine, sqlite, where } = describeConnection()
  try {
    await Promise.race([db.connection().rawQuery('SELECT 1'), timeout()])
    return pass('database', `${engine} database ${where} is reachable`)
  } catch (error) {
    return fail(
      'database',
      `${engine} database ${where} is unreachable: ${describeConnectionError(error)}`,
      sqlite
        ? 'Set DB_DATABASE in .env to a file path the app can create and write.'
        : 'Check DB_CONNECTION and the DB_* settings in .env, and that the database server is running.'
    )
  }
}
