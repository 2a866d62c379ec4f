import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import db from '@adonisjs/lucid/services/db'
import { databaseConnectionConfig } from '#support/database_connection'

/**
 * Runs `task` against a throw-away SQLite database that uses the migration
 * files of `schemaFrom` (the site's connection by default), then closes and
 * deletes it. The site's own database is never opened.
 */
export async function withScratchSqlite<T>(
  task: (connectionName: string) => Promise<T>,
  schemaFrom = db.primaryConnectionName
): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'filamenta-scratch-'))
  const name = `backup_scratch_${randomUUID()}`
  const migrations = db.manager.get(schemaFrom)?.config.migrations
  db.manager.add(name, {
    ...databaseConnectionConfig({ engine: 'sqlite', path: join(folder, 'scratch.sqlite3') }),
    ...(migrations ? { migrations } : {}),
  })
  try {
    return await task(name)
  } finally {
    await db.manager.close(name, true)
    await rm(folder, { recursive: true, force: true })
  }
}
