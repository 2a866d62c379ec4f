import type { CreatedBackup } from '#actions/backup/create_backup'
import type { BackupListing } from '#actions/backup/list_backups'
import type { VerifiedBackup } from '#actions/backup/verify_backup'
import type { RestoredBackup } from '#actions/backup/restore_backup'
import type { PruneResult } from '#actions/backup/prune_backups'
import type { BackupManifest } from '#support/backup/manifest'

/*
| What the backup commands print, shared by `node ace backup:*` and
| `filamenta backup …` so both say the same thing: a sentence for people
| and a plain object for `--json`.
*/

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`
}

function rowCount(manifest: BackupManifest) {
  return manifest.tables.reduce((sum, table) => sum + table.rows, 0)
}

export const backupReport = {
  created: (backup: CreatedBackup) => ({
    text: `Created ${backup.file} (${formatBytes(backup.size)}${backup.encrypted ? ', encrypted' : ''}): ${backup.manifest.tables.length} tables, ${rowCount(backup.manifest)} rows, ${backup.manifest.uploads.files} uploads.`,
    json: {
      file: backup.file,
      name: backup.name,
      size: backup.size,
      encrypted: backup.encrypted,
      createdAt: backup.manifest.createdAt,
      tables: backup.manifest.tables.length,
      rows: rowCount(backup.manifest),
      uploads: backup.manifest.uploads.files,
    },
  }),

  listed: (archives: BackupListing[]) => ({
    empty: 'No backup archives yet.',
    head: ['Name', 'Taken at (UTC)', 'Size', 'App version', 'Encrypted'],
    rows: archives.map((archive) => [
      archive.name,
      archive.createdAt.replace('T', ' ').replace(/\.\d+Z$/, ''),
      formatBytes(archive.size),
      archive.appVersion ?? '?',
      archive.encrypted ? 'yes' : 'no',
    ]),
    json: archives,
  }),

  verified: (backup: VerifiedBackup) => ({
    text: `OK: ${backup.file} — ${backup.members} members match their checksums; ${backup.rows} rows in ${backup.manifest.tables.length} tables restored into a scratch database.`,
    json: {
      file: backup.file,
      encrypted: backup.encrypted,
      members: backup.members,
      tables: backup.manifest.tables.length,
      rows: backup.rows,
      uploads: backup.manifest.uploads.files,
      appVersion: backup.manifest.appVersion,
      createdAt: backup.manifest.createdAt,
    },
  }),

  restored: (backup: RestoredBackup) => ({
    text: [
      `Restored ${backup.file}: ${backup.manifest.tables.length} tables, ${backup.rows} rows, ${backup.uploads} uploads.`,
      'If this version of Filamenta has newer migrations, run `node ace migration:run` now.',
    ].join('\n'),
    json: {
      file: backup.file,
      tables: backup.manifest.tables.length,
      rows: backup.rows,
      uploads: backup.uploads,
      migrations: backup.manifest.migrations.length,
      takenAt: backup.manifest.createdAt,
    },
  }),

  pruned: (result: PruneResult) => {
    const verb = result.dryRun ? 'Would remove' : 'Removed'
    const lines = result.removed.map((archive) => `${verb} ${archive.name}`)
    lines.push(
      `${verb} ${result.removed.length} archive${result.removed.length === 1 ? '' : 's'}, kept ${result.kept.length}.`
    )
    return {
      text: lines.join('\n'),
      json: {
        dryRun: result.dryRun,
        removed: result.removed.map((archive) => archive.name),
        kept: result.kept.map((archive) => archive.name),
      },
    }
  },
}
