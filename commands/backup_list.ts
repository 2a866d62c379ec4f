import BackupCommand from './_backup_command.js'

/** `backup:list`: the archives in BACKUP_DIR, newest first. */
export default class BackupList extends BackupCommand {
  static commandName = 'backup:list'
  static description = 'List the backup archives in BACKUP_DIR, newest first'

  async run() {
    const { default: ListBackups } = await import('#actions/backup/list_backups')
    const { readPassphrase } = await import('#support/backup/passphrase')
    const { backupReport } = await import('#support/backup/backup_report')

    const archives = await new ListBackups().handle({ passphrase: await readPassphrase(false) })
    const listing = backupReport.listed(archives)
    if (this.json) return this.logger.log(JSON.stringify(listing.json))
    if (archives.length === 0) return this.logger.info(listing.empty)
    const table = this.ui.table()
    table.head(listing.head)
    for (const row of listing.rows) table.row(row)
    table.render()
  }
}
