import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import db from '@adonisjs/lucid/services/db'
import drive from '@adonisjs/drive/services/main'
import type { Disk } from '@adonisjs/drive'
import { backupDirectory } from '#support/backup_directory'
import { resolveArchivePath } from '#support/backup/archive_names'
import { type ArchiveMember, readArchive } from '#support/backup/archive_reader'
import { BackupError } from '#support/backup/backup_error'
import { restoreDatabase } from '#support/backup/database_restore'
import { assertKnownMigrations } from '#support/backup/schema_migrations'
import { targetHoldsData } from '#support/backup/target_state'
import { diskFiles } from '#support/backup/uploads_snapshot'
import { isUploadMember, uploadKey } from '#support/backup/member_paths'
import type { BackupManifest } from '#support/backup/manifest'
import type { ProgressListener } from '#support/backup/progress'
import { forgetSiteCaches } from '#support/backup/forget_site_caches'

/** A driver's complaint without the SQL statement knex puts in front of it. */
function databaseReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const separator = message.lastIndexOf(' - ')
  return separator === -1 ? message : message.slice(separator + 3)
}

export type RestoreBackupInput = {
  file: string
  passphrase?: string
  /** Replace a database or disk that already holds data. */
  force?: boolean
  /** Defaults: the primary connection and the default disk. */
  connection?: string
  disk?: Disk
  onProgress?: ProgressListener
}

export type RestoredBackup = {
  file: string
  manifest: BackupManifest
  rows: number
  uploads: number
}

/**
 * Puts a site back as an archive holds it, all or nothing. The archive is
 * read and checked end to end before anything changes; the database is then
 * rebuilt and loaded in one transaction (see restoreDatabase for MySQL), and
 * the uploads, staged meanwhile, replace the disk's once the database has
 * committed. The audit trail is the archive's: recording the restore in it
 * would make the restored data differ from the archive, so callers log it.
 */
export default class RestoreBackup {
  async handle(input: RestoreBackupInput): Promise<RestoredBackup> {
    const file = resolveArchivePath(input.file)
    const connectionName = input.connection ?? db.primaryConnectionName
    const disk = input.disk ?? drive.use()

    let checked = 0
    const manifest = await readArchive(file, input.passphrase, async (_member, { members }) => {
      input.onProgress?.({ phase: 'check', done: ++checked, total: Object.keys(members).length })
    })
    await assertKnownMigrations(manifest.migrations, connectionName)
    const holdsData = await targetHoldsData(connectionName, disk)
    if (holdsData && !input.force) {
      throw new BackupError(
        'E_BACKUP_TARGET_NOT_EMPTY',
        'The database or the uploads disk already holds data: restoring would replace it. Run again with --force to do so.'
      )
    }

    await mkdir(backupDirectory(), { recursive: true, mode: 0o700 })
    const staging = await mkdtemp(join(backupDirectory(), '.restore-'))
    try {
      const rows = await restoreDatabase({
        file,
        passphrase: input.passphrase,
        manifest,
        connectionName,
        targetHoldsData: holdsData,
        onProgress: input.onProgress,
        onUpload: (member) => this.stage(member, staging),
      }).catch((error) => {
        if (error instanceof BackupError) throw error
        throw new BackupError(
          'E_BACKUP_RESTORE_FAILED',
          `The restore failed and nothing was changed: ${databaseReason(error)}`,
          { cause: error }
        )
      })
      await this.replaceUploads(disk, staging, manifest)
      if (connectionName === db.primaryConnectionName) await forgetSiteCaches()
      return { file, manifest, rows, uploads: manifest.uploads.files }
    } finally {
      await rm(staging, { recursive: true, force: true })
    }
  }

  protected async stage(member: ArchiveMember, staging: string) {
    const target = join(staging, member.path)
    await mkdir(dirname(target), { recursive: true, mode: 0o700 })
    await pipeline(member.content, createWriteStream(target, { mode: 0o600, flags: 'wx' }))
  }

  /** Makes the disk hold exactly the archive's files. */
  protected async replaceUploads(disk: Disk, staging: string, manifest: BackupManifest) {
    const wanted = new Set(Object.keys(manifest.members).filter(isUploadMember).map(uploadKey))
    for (const key of wanted) {
      await disk.putStream(key, createReadStream(join(staging, 'uploads', key)))
    }
    const stale: string[] = []
    for await (const key of diskFiles(disk)) if (!wanted.has(key)) stale.push(key)
    for (const key of stale) await disk.delete(key)
  }
}
