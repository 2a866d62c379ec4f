import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { BACKUP_FILE_PATTERN } from '#support/backup_directory'
import { type Diagnostic, describeError, fail, pass, warn } from '#actions/doctor/diagnostic'

const HOUR_MS = 60 * 60 * 1000

/** A daily backup plus two hours of slack for a slow run. */
const WARN_AFTER_MS = 26 * HOUR_MS
/**
 * A week without a new archive means the schedule that used to run has
 * stopped: that fails. Having no archive at all only warns, since a site
 * may be backed up by other means (database dumps, volume snapshots).
 */
const FAIL_AFTER_MS = 7 * 24 * HOUR_MS

const FIX = 'Run `node ace backup:create` and schedule it daily (e.g. with cron).'

function describeAge(ms: number): string {
  const hours = Math.floor(ms / HOUR_MS)
  if (hours < 1) return `${Math.max(0, Math.floor(ms / 60_000))} minutes`
  if (hours < 48) return `${hours} hour${hours === 1 ? '' : 's'}`
  return `${Math.floor(hours / 24)} days`
}

/** The newest non-empty archive named the way `backup:create` names them. */
async function newestBackup(folder: string): Promise<{ name: string; mtimeMs: number } | null> {
  let newest: { name: string; mtimeMs: number } | null = null
  for (const name of await readdir(folder)) {
    if (!BACKUP_FILE_PATTERN.test(name)) continue
    const stats = await stat(join(folder, name))
    if (!stats.isFile() || stats.size === 0) continue
    if (!newest || stats.mtimeMs > newest.mtimeMs) newest = { name, mtimeMs: stats.mtimeMs }
  }
  return newest
}

/** How long ago the last backup archive was written. */
export async function checkBackupAge(folder: string, now = Date.now()): Promise<Diagnostic> {
  let newest: Awaited<ReturnType<typeof newestBackup>>
  try {
    newest = await newestBackup(folder)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      return warn('backup', `Cannot read the backups in ${folder}: ${describeError(error)}`, FIX)
    }
    newest = null
  }
  if (!newest) return warn('backup', `No backup found in ${folder}`, FIX)

  const age = now - newest.mtimeMs
  const message = `The newest backup, ${newest.name}, is ${describeAge(age)} old`
  if (age > FAIL_AFTER_MS) return fail('backup', message, FIX)
  if (age > WARN_AFTER_MS) return warn('backup', message, FIX)
  return pass('backup', message)
}
