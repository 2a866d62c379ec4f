import { instanceRoot } from '#support/instance'
import { backupDirectory } from '#support/backup_directory'
import type { Diagnostic } from '#actions/doctor/diagnostic'
import { checkDiskSpace } from '#actions/doctor/check_disk_space'
import { checkMigrations } from '#actions/doctor/check_migrations'
import { checkBackupAge } from '#actions/doctor/check_backup_age'
import type { StatusItem } from '#actions/dashboard/status_item'
import { checkDatabase, checkMail, checkRedis } from '#actions/dashboard/check_services'

/** A `doctor` finding as a status line, its own sentence quoted as the fact. */
function fromDiagnostic(id: StatusItem['id'], diagnostic: Diagnostic): StatusItem {
  return { id, state: diagnostic.status, message: 'report', values: { detail: diagnostic.message } }
}

/**
 * The dashboard's health panel: database, Redis when configured, mail,
 * disk space, pending migrations and the age of the last backup. Disk,
 * migrations and backup are the `doctor` checks themselves, so both
 * judge alike; the database and Redis get quicker, page-sized checks.
 */
export default class CheckSystemStatus {
  /** Runs every check; a failing one becomes a line, never an error. */
  async handle(): Promise<StatusItem[]> {
    const database = await checkDatabase()
    const databaseUp = database.state === 'pass'
    const mail = databaseUp ? await checkMail() : null
    const migrations = databaseUp ? await checkMigrations() : null
    // No database work below: these may overlap.
    const [redis, disk, backup] = await Promise.all([
      checkRedis(),
      checkDiskSpace(instanceRoot()),
      checkBackupAge(backupDirectory()),
    ])
    return [
      database,
      redis,
      mail,
      fromDiagnostic('disk', disk),
      migrations && fromDiagnostic('migrations', migrations),
      fromDiagnostic('backup', backup),
    ].filter((item) => item !== null)
  }
}
