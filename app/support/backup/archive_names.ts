import { isAbsolute, join } from 'node:path'
import { BACKUP_FILE_PATTERN, backupDirectory } from '#support/backup_directory'

/** `filamenta-20261124T225338123Z.tar.gz`, plus `.enc` when encrypted. */
export function backupFileName(at: Date, encrypted: boolean): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('.', '')
  return `filamenta-${stamp}.tar.gz${encrypted ? '.enc' : ''}`
}

/** When an archive was taken, read from its name; null for other files. */
export function backupTakenAt(name: string): Date | null {
  if (!BACKUP_FILE_PATTERN.test(name)) return null
  const match = name.match(/^filamenta-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})?Z/)!
  const [, year, month, day, hour, minute, second, millis] = match
  return new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}.${millis ?? '000'}Z`)
}

/** An archive named by the operator: a path, or a file name inside BACKUP_DIR. */
export function resolveArchivePath(file: string): string {
  if (isAbsolute(file) || file.includes('/')) return file
  return BACKUP_FILE_PATTERN.test(file) ? join(backupDirectory(), file) : file
}
