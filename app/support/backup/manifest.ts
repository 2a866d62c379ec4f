import type { DatabaseEngine } from '#support/database_connection'
import { BackupError } from '#support/backup/backup_error'
import type { ColumnType } from '#support/backup/column_types'
import {
  assertSafeMemberPath,
  isTableMember,
  isUploadMember,
  MANIFEST_MEMBER,
} from '#support/backup/member_paths'

export const MANIFEST_FORMAT = 'filamenta-backup'
export const MANIFEST_VERSION = 1

export type ArchivedColumn = { name: string; type: ColumnType }

export type ArchivedTable = {
  name: string
  member: string
  rows: number
  columns: ArchivedColumn[]
}

export type MemberDigest = { sha256: string; size: number }

/**
 * What an archive holds, written as its first member: enough to check every
 * other member and to rebuild the database on any engine. Tables are listed
 * parents first, so rows can be inserted in archive order.
 */
export type BackupManifest = {
  format: typeof MANIFEST_FORMAT
  formatVersion: number
  appVersion: string
  createdAt: string
  database: { engine: DatabaseEngine }
  migrations: string[]
  tables: ArchivedTable[]
  uploads: { files: number; bytes: number }
  members: Record<string, MemberDigest>
}

const COLUMN_TYPES = new Set<ColumnType>([
  'boolean',
  'datetime',
  'date',
  'binary',
  'json',
  'integer',
  'bigint',
  'number',
  'decimal',
  'string',
])

function invalid(detail: string) {
  return new BackupError(
    'E_BACKUP_MANIFEST',
    `The archive's manifest.json is not valid (${detail}): this is not a Filamenta backup, or it was altered.`
  )
}

const isObject = (value: unknown): value is Record<string, any> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isCount = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0

function checkTables(tables: unknown, members: Record<string, MemberDigest>) {
  if (!Array.isArray(tables)) throw invalid('"tables" is not a list')
  const names = new Set<string>()
  for (const table of tables) {
    if (!isObject(table) || typeof table.name !== 'string' || names.has(table.name)) {
      throw invalid('a table entry has no name or a duplicate one')
    }
    names.add(table.name)
    if (!isTableMember(table.member) || !members[table.member]) {
      throw invalid(`table ${table.name} names no archived member`)
    }
    if (!isCount(table.rows)) throw invalid(`table ${table.name} has no row count`)
    if (
      !Array.isArray(table.columns) ||
      table.columns.length === 0 ||
      !table.columns.every(
        (column: unknown) =>
          isObject(column) && typeof column.name === 'string' && COLUMN_TYPES.has(column.type)
      )
    ) {
      throw invalid(`table ${table.name} has unknown columns`)
    }
  }
}

function checkMembers(members: unknown): asserts members is Record<string, MemberDigest> {
  if (!isObject(members)) throw invalid('"members" is missing')
  for (const [path, digest] of Object.entries(members)) {
    assertSafeMemberPath(path)
    if (path === MANIFEST_MEMBER) throw invalid('it lists itself')
    if (!isObject(digest) || !/^[0-9a-f]{64}$/.test(digest.sha256) || !isCount(digest.size)) {
      throw invalid(`member ${path} has no valid checksum`)
    }
  }
}

/** Parses and checks a manifest; members must be safe paths with a sha256 each. */
export function parseManifest(bytes: Buffer): BackupManifest {
  let value: unknown
  try {
    value = JSON.parse(bytes.toString('utf8'))
  } catch {
    throw invalid('not JSON')
  }
  if (!isObject(value) || value.format !== MANIFEST_FORMAT) throw invalid('unknown format')
  if (value.formatVersion !== MANIFEST_VERSION) {
    throw invalid(`format version ${value.formatVersion} is not supported by this version`)
  }
  if (typeof value.appVersion !== 'string' || Number.isNaN(Date.parse(value.createdAt))) {
    throw invalid('no app version or date')
  }
  if (!isObject(value.database) || !['sqlite', 'pg', 'mysql'].includes(value.database.engine)) {
    throw invalid('unknown database engine')
  }
  if (!Array.isArray(value.migrations) || !value.migrations.every((m) => typeof m === 'string')) {
    throw invalid('"migrations" is not a list of names')
  }
  checkMembers(value.members)
  checkTables(value.tables, value.members)
  if (!isObject(value.uploads) || !isCount(value.uploads.files)) throw invalid('no uploads count')
  const uploads = Object.keys(value.members).filter(isUploadMember)
  if (uploads.length !== value.uploads.files) throw invalid('the uploads count does not match')
  return value as BackupManifest
}
