import { args, flags } from '@adonisjs/core/ace'
import BackupCommand from './_backup_command.js'

/** `backup:restore FILE`: the site's database and uploads replaced by an archive's. */
export default class BackupRestore extends BackupCommand {
  static commandName = 'backup:restore'
  static description = 'Restore the database and the uploads from an archive (all or nothing)'
  static help = [
    'Refuses a database or disk that holds data unless --force is given, and archives',
    'taken by a newer Filamenta. Stop the app while restoring.',
  ]

  @args.string({ description: 'Archive file (a path, or a name in BACKUP_DIR)' })
  declare file: string

  @flags.boolean({ description: 'Replace a database and uploads that already hold data' })
  declare force?: boolean

  @flags.boolean({ description: 'Read the passphrase from stdin instead of BACKUP_PASSPHRASE' })
  declare passphraseStdin?: boolean

  @flags.boolean({ description: 'Print nothing but errors' })
  declare quiet?: boolean

  async run() {
    const { default: RestoreBackup } = await import('#actions/backup/restore_backup')
    const { readPassphrase } = await import('#support/backup/passphrase')
    const { backupReport } = await import('#support/backup/backup_report')

    const progress = this.progress(this.quiet)
    const restored = await this.attempt(async () =>
      new RestoreBackup().handle({
        file: this.file,
        passphrase: await readPassphrase(this.passphraseStdin),
        force: this.force,
        onProgress: progress,
      })
    )
    progress?.end()
    if (!restored || this.quiet) return
    const { text, json } = backupReport.restored(restored)
    this.report(text, json)
  }
}
