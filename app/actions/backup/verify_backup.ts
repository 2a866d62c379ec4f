import db from '@adonisjs/lucid/services/db'
import { resolveArchivePath } from '#support/backup/archive_names'
import { isEncryptedArchive, readArchive } from '#support/backup/archive_reader'
import { BackupError } from '#support/backup/backup_error'
import { restoreDatabase } from '#support/backup/database_restore'
import { assertKnownMigrations } from '#support/backup/schema_migrations'
import { withScratchSqlite } from '#support/backup/scratch_database'
import type { BackupManifest } from '#support/backup/manifest'
import type { ProgressListener } from '#support/backup/progress'

export type VerifiedBackup = {
  file: string
  encrypted: boolean
  manifest: BackupManifest
  members: number
  rows: number
}

/**
 * Proves an archive can be restored without touching the site: every
 * member's sha256 and size against the manifest, then a full restore into
 * a scratch SQLite database whose row counts must match the manifest.
 * Throws a BackupError naming the first problem.
 */
export default class VerifyBackup {
  async handle(input: {
    file: string
    passphrase?: string
    schemaFrom?: string
    onProgress?: ProgressListener
  }): Promise<VerifiedBackup> {
    const file = resolveArchivePath(input.file)
    const encrypted = await isEncryptedArchive(file)
    const manifest = await this.checkMembers(file, input)
    const schemaFrom = input.schemaFrom ?? db.primaryConnectionName
    await assertKnownMigrations(manifest.migrations, schemaFrom)

    const rows = await withScratchSqlite(async (connectionName) => {
      try {
        await restoreDatabase({ ...input, file, manifest, connectionName, targetHoldsData: false })
      } catch (error) {
        if (error instanceof BackupError) throw error
        throw new BackupError(
          'E_BACKUP_RESTORE_FAILED',
          `The test restore into a scratch SQLite database failed: ${(error as Error).message}`,
          { cause: error }
        )
      }
      return this.compareCounts(connectionName, manifest)
    }, schemaFrom)

    return { file, encrypted, manifest, members: Object.keys(manifest.members).length + 1, rows }
  }

  protected async checkMembers(
    file: string,
    input: { passphrase?: string; onProgress?: ProgressListener }
  ) {
    let done = 0
    return readArchive(file, input.passphrase, async (_member, manifest) => {
      const total = Object.keys(manifest.members).length
      input.onProgress?.({ phase: 'check', done: ++done, total })
    })
  }

  /** Counts the restored rows table by table; any difference is the first problem named. */
  protected async compareCounts(connectionName: string, manifest: BackupManifest) {
    const client = db.connection(connectionName)
    let rows = 0
    for (const table of manifest.tables) {
      const [{ total }] = await client.from(table.name).count('* as total')
      if (Number(total) !== table.rows) {
        throw new BackupError(
          'E_BACKUP_ROW_COUNT',
          `Table ${table.name} restored ${total} rows, but the manifest says ${table.rows}.`
        )
      }
      rows += table.rows
    }
    return rows
  }
}
