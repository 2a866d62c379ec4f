import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { sourceFiles } from '@adonisjs/lucid/utils'
import type { BaseSchema } from '@adonisjs/lucid/schema'
import type { FileNode, QueryClientContract } from '@adonisjs/lucid/types/database'
import { BackupError } from '#support/backup/backup_error'

type SchemaClass = new (client: QueryClientContract, file: string) => BaseSchema

function migrationsConfig(connectionName: string) {
  const config = db.manager.get(connectionName)!.config
  const migrations = config.migrations ?? {}
  return {
    tableName: migrations.tableName ?? 'adonis_schema',
    paths: migrations.paths?.length ? migrations.paths : ['./database/migrations'],
    naturalSort: Boolean(migrations.naturalSort),
  }
}

/** The table where a connection's applied migrations are recorded. */
export function migrationsTable(connectionName: string): string {
  return migrationsConfig(connectionName).tableName
}

/** The migration files this code ships, in the order Lucid runs them. */
export async function migrationFiles(connectionName: string): Promise<FileNode<unknown>[]> {
  const { paths, naturalSort } = migrationsConfig(connectionName)
  const folders = await Promise.all(
    paths.map((path) => sourceFiles(app.appRoot, path, naturalSort))
  )
  return folders.flatMap((folder) => folder.files)
}

/** Names of the migrations applied to a database, oldest first; none when it is blank. */
export async function appliedMigrations(client: QueryClientContract): Promise<string[]> {
  const table = migrationsTable(client.connectionName)
  if (!(await client.schema.hasTable(table))) return []
  const rows = await client.from(table).select('name').orderBy('id', 'asc')
  return rows.map((row: { name: string }) => row.name)
}

/**
 * Creates Lucid's bookkeeping tables the way the migrator does, so later
 * `migration:run`/`migration:status` calls see a database they know.
 */
async function createBookkeeping(client: QueryClientContract, table: string) {
  if (!(await client.schema.hasTable(table))) {
    await client.schema.createTable(table, (builder) => {
      builder.increments().notNullable()
      builder.string('name').notNullable()
      builder.integer('batch').notNullable()
      builder.timestamp('migration_time').defaultTo(client.getWriteClient().fn.now())
    })
  }
  const versions = `${table}_versions`
  if (!(await client.schema.hasTable(versions))) {
    await client.schema.createTable(versions, (builder) => {
      builder.integer('version').unsigned().primary()
    })
    await client.insertQuery().table(versions).insert({ version: 2 })
  }
}

/**
 * Runs, on the given client (a transaction where the engine allows DDL in
 * one), exactly the migrations named, in the code's order: the schema the
 * archive was taken on. Lucid's migrator cannot do this, since it always
 * runs every pending file in a transaction of its own.
 */
export async function runMigrations(client: QueryClientContract, names: string[]) {
  const wanted = new Set(names)
  const table = migrationsTable(client.connectionName)
  await createBookkeeping(client, table)
  for (const file of await migrationFiles(client.connectionName)) {
    if (!wanted.has(file.name)) continue
    const Schema = (await file.getSource()) as SchemaClass
    await new Schema(client, file.name).execUp()
    await client.insertQuery().table(table).insert({ name: file.name, batch: 1 })
  }
}

/**
 * Refuses an archive taken after migrations this code does not have: its
 * rows may need columns or tables that only a newer Filamenta creates.
 */
export async function assertKnownMigrations(archived: string[], connectionName: string) {
  const files = await migrationFiles(connectionName)
  const known = new Set(files.map((file) => file.name))
  const unknown = archived.filter((name) => !known.has(name))
  if (unknown.length > 0) {
    throw new BackupError(
      'E_BACKUP_NEWER_SCHEMA',
      `The archive comes from a newer Filamenta: it was taken after ${unknown.length} migration${unknown.length === 1 ? '' : 's'} this version does not have (${unknown[0]}${unknown.length > 1 ? ', …' : ''}). Upgrade Filamenta first, then restore.`
    )
  }
}
