import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { ConnectionConfig } from '@adonisjs/lucid/types/database'
import { instancePath } from '#support/instance'

export type DatabaseEngine = 'sqlite' | 'pg' | 'mysql'

export const DEFAULT_SQLITE_PATH = 'storage/filamenta.sqlite3'

/** What a person chooses in the installer: an engine and where to find it. */
export type DatabaseChoice =
  | { engine: 'sqlite'; path?: string }
  | {
      engine: 'pg' | 'mysql'
      host: string
      port: number
      user: string
      password: string
      database: string
    }

const migrations = { naturalSort: true, paths: ['database/migrations'] }

/**
 * SQLite's full-text index is a virtual table with shadow tables of its
 * own (see the content search migration): storage, not models. Dropping
 * the virtual table drops its shadow tables, so `db:wipe` leaves them be.
 */
const searchShadowTables = [
  'contents_fts_config',
  'contents_fts_data',
  'contents_fts_docsize',
  'contents_fts_idx',
]
const sqliteSearchTables = {
  schemaGeneration: { excludeTables: ['contents_fts', ...searchShadowTables] },
  wipe: { ignoreTables: searchShadowTables },
}

/**
 * Builds the Lucid connection config for a choice. Used by
 * config/database.ts at boot and by the installer when it switches engines,
 * so both agree on every option.
 */
export function databaseConnectionConfig(choice: DatabaseChoice): ConnectionConfig {
  if (choice.engine === 'sqlite') {
    const filename = instancePath(choice.path || DEFAULT_SQLITE_PATH)
    try {
      // better-sqlite3 creates the file but not its folder.
      mkdirSync(dirname(filename), { recursive: true })
    } catch {
      // Unusable path: opening the connection reports it, where it can be handled.
    }
    return {
      client: 'better-sqlite3',
      connection: { filename },
      useNullAsDefault: true,
      migrations,
      ...sqliteSearchTables,
    }
  }

  const connection = {
    host: choice.host,
    port: choice.port,
    user: choice.user,
    password: choice.password,
    database: choice.database,
  }
  if (choice.engine === 'pg') {
    return { client: 'pg', connection, migrations }
  }
  return { client: 'mysql2', connection: { ...connection, charset: 'utf8mb4' }, migrations }
}
