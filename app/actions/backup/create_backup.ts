import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import logger from '@adonisjs/core/services/logger'
import db from '@adonisjs/lucid/services/db'
import drive from '@adonisjs/drive/services/main'
import type { Disk } from '@adonisjs/drive'
import { backupDirectory } from '#support/backup_directory'
import { backupFileName } from '#support/backup/archive_names'
import { appVersion } from '#support/backup/app_version'
import { assertStrongPassphrase } from '#support/backup/archive_encryption'
import { writeArchive } from '#support/backup/archive_writer'
import { snapshotDatabase } from '#support/backup/database_snapshot'
import { snapshotUploads } from '#support/backup/uploads_snapshot'
import { MANIFEST_MEMBER } from '#support/backup/member_paths'
import { type BackupManifest, MANIFEST_FORMAT, MANIFEST_VERSION } from '#support/backup/manifest'
import type { ProgressListener } from '#support/backup/progress'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import type { AuditChannel } from '#models/audit_event'

export type CreateBackupInput = {
  /** Encrypts the archive with this passphrase when given. */
  passphrase?: string
  /** Defaults: the primary connection, the default disk, BACKUP_DIR. */
  connection?: string
  disk?: Disk
  directory?: string
  onProgress?: ProgressListener
  /** Who asked, for the audit trail. */
  via?: AuditChannel
}

export type CreatedBackup = {
  file: string
  name: string
  size: number
  encrypted: boolean
  manifest: BackupManifest
}

/**
 * Writes one archive of the site: every table read in one snapshot, every
 * stored upload, and a manifest with the migrations applied, row counts and
 * a sha256 per member. Members are staged on disk beside the archives and
 * streamed through gzip (and encryption), so memory stays flat.
 */
export default class CreateBackup {
  async handle(input: CreateBackupInput = {}): Promise<CreatedBackup> {
    if (input.passphrase !== undefined) assertStrongPassphrase(input.passphrase)
    const directory = input.directory ?? backupDirectory()
    await mkdir(directory, { recursive: true, mode: 0o700 })
    const staging = await mkdtemp(join(directory, '.staging-'))
    try {
      await mkdir(join(staging, 'db'), { mode: 0o700 })
      const client = db.connection(input.connection ?? db.primaryConnectionName)
      const database = await snapshotDatabase(client, staging, input.onProgress)
      const uploads = await snapshotUploads(input.disk ?? drive.use(), staging, input.onProgress)

      const createdAt = new Date()
      const manifest: BackupManifest = {
        format: MANIFEST_FORMAT,
        formatVersion: MANIFEST_VERSION,
        appVersion: await appVersion(),
        createdAt: createdAt.toISOString(),
        database: { engine: database.engine },
        migrations: database.migrations,
        tables: database.tables,
        uploads: {
          files: Object.keys(uploads).length,
          bytes: Object.values(uploads).reduce((sum, digest) => sum + digest.size, 0),
        },
        members: { ...database.digests, ...uploads },
      }
      await writeFile(join(staging, MANIFEST_MEMBER), JSON.stringify(manifest, null, 2), {
        mode: 0o600,
      })

      const encrypted = input.passphrase !== undefined
      const name = backupFileName(createdAt, encrypted)
      const file = join(directory, name)
      input.onProgress?.({ phase: 'archive', done: 0, total: 1 })
      await writeArchive(
        staging,
        [MANIFEST_MEMBER, ...Object.keys(manifest.members)],
        file,
        input.passphrase
      )
      input.onProgress?.({ phase: 'archive', done: 1, total: 1 })
      const { size } = await stat(file)
      await this.record(input, { name, size, encrypted, manifest })
      return { file, name, size, encrypted, manifest }
    } finally {
      await rm(staging, { recursive: true, force: true })
    }
  }

  /**
   * The archive exists whatever happens here: a database that takes reads
   * but not writes (a replica, a full disk) must not turn a good backup into
   * a failed one, so a failure to record it is only logged.
   */
  protected async record(input: CreateBackupInput, backup: Omit<CreatedBackup, 'file'>) {
    // Another connection is a scratch or source database, not this site's trail.
    if (input.connection && input.connection !== db.primaryConnectionName) return
    try {
      await new RecordAuditEvent().handle({
        event: 'backup.created',
        via: input.via ?? 'cli',
        targetType: 'backup',
        targetId: backup.name,
        details: {
          size: backup.size,
          encrypted: backup.encrypted,
          tables: backup.manifest.tables.length,
          rows: backup.manifest.tables.reduce((sum, table) => sum + table.rows, 0),
          uploads: backup.manifest.uploads.files,
        },
      })
    } catch (error) {
      logger.warn({ err: error }, 'backup written but not recorded in the audit trail')
    }
  }
}
