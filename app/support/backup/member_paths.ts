import { BackupError } from '#support/backup/backup_error'

export const MANIFEST_MEMBER = 'manifest.json'
const TABLES_FOLDER = 'db/'
const UPLOADS_FOLDER = 'uploads/'

function unsafe(path: string, why: string) {
  return new BackupError(
    'E_BACKUP_UNSAFE_MEMBER',
    `The archive holds an unsafe member "${path}" (${why}); nothing was restored.`
  )
}

/**
 * Checks a member path before anything is written for it: relative, plain
 * forward slashes, no `.` or `..` segment, inside one of the archive's
 * folders. Returns the path unchanged when it is safe.
 */
export function assertSafeMemberPath(path: string): string {
  if (path.length === 0) throw unsafe(path, 'empty path')
  if (path.includes('\0')) throw unsafe(path, 'NUL byte in the path')
  if (path.includes('\\')) throw unsafe(path, 'backslash in the path')
  if (path.startsWith('/') || /^[a-zA-Z]:/.test(path)) throw unsafe(path, 'absolute path')
  const segments = path.split('/')
  if (segments.some((segment) => segment === '..')) throw unsafe(path, 'it climbs out with ".."')
  if (segments.some((segment) => segment === '.' || segment === '')) {
    throw unsafe(path, 'it is not a normalised path')
  }
  if (path !== MANIFEST_MEMBER && !isTableMember(path) && !isUploadMember(path)) {
    throw unsafe(path, 'outside the archive folders')
  }
  return path
}

/** Refuses links, devices and anything else that is not a plain file. */
export function assertPlainFile(path: string, type: string) {
  if (type === 'File' || type === 'OldFile' || type === 'ContiguousFile') return
  const kind = type === 'SymbolicLink' ? 'symbolic link' : type === 'Link' ? 'hard link' : type
  throw unsafe(path, `a ${kind}, not a plain file`)
}

export function tableMember(table: string): string {
  return `${TABLES_FOLDER}${encodeURIComponent(table)}.jsonl`
}

export function isTableMember(path: string): boolean {
  return path.startsWith(TABLES_FOLDER) && path.endsWith('.jsonl') && !path.slice(3).includes('/')
}

export function uploadMember(key: string): string {
  return `${UPLOADS_FOLDER}${key}`
}

export function isUploadMember(path: string): boolean {
  return path.startsWith(UPLOADS_FOLDER) && path.length > UPLOADS_FOLDER.length
}

/** The drive key an upload member restores to. */
export function uploadKey(path: string): string {
  return path.slice(UPLOADS_FOLDER.length)
}
