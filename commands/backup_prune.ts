import { flags } from '@adonisjs/core/ace'
import BackupCommand from './_backup_command.js'

/** `backup:prune`: keeps the newest archive of recent days, weeks and months. */
export default class BackupPrune extends BackupCommand {
  static commandName = 'backup:prune'
  static description = 'Delete old archives, keeping the newest of recent days, weeks and months'
  static help = [
    '  node ace backup:prune --keep-daily 7 --keep-weekly 4 --keep-monthly 6 --dry-run',
  ]

  @flags.number({ description: 'Days to keep one archive for (newest of each)' })
  declare keepDaily?: number

  @flags.number({ description: 'Weeks to keep one archive for' })
  declare keepWeekly?: number

  @flags.number({ description: 'Months to keep one archive for' })
  declare keepMonthly?: number

  @flags.boolean({ description: 'Only list what would be deleted' })
  declare dryRun?: boolean

  async run() {
    const { default: PruneBackups } = await import('#actions/backup/prune_backups')
    const { retentionPolicy } = await import('#support/backup/retention_flags')
    const { backupReport } = await import('#support/backup/backup_report')

    const result = await this.attempt(async () =>
      new PruneBackups().handle({
        ...retentionPolicy({
          daily: this.keepDaily,
          weekly: this.keepWeekly,
          monthly: this.keepMonthly,
        }),
        dryRun: this.dryRun,
      })
    )
    if (!result) return
    const { text, json } = backupReport.pruned(result)
    this.report(text, json)
  }
}
