import { instancePath } from '#support/instance'

/** Backup archives are named `filamenta-<UTC timestamp>.tar.gz`, plus `.enc` when encrypted. */
export const BACKUP_FILE_PATTERN = /^filamenta-\d{8}T\d{6}(\d{3})?Z\.tar\.gz(\.enc)?$/

/** Where backup archives are written and looked for: BACKUP_DIR, else storage/backups. */
export function backupDirectory(): string {
  return instancePath(process.env.BACKUP_DIR || 'storage/backups')
}
