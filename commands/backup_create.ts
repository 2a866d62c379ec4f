import { flags } from '@adonisjs/core/ace'
import BackupCommand from './_backup_command.js'

/** `backup:create`: one archive of the database and the uploads in BACKUP_DIR. */
export default class BackupCreate extends BackupCommand {
  static commandName = 'backup:create'
  static description = 'Back up the database and the uploads into one archive in BACKUP_DIR'
  static help = [
    'Encrypt with --encrypt; the passphrase comes from BACKUP_PASSPHRASE or stdin:',
    '  node ace backup:create --encrypt --quiet',
    '  echo "$PASSPHRASE" | node ace backup:create --encrypt --passphrase-stdin --json',
  ]

  @flags.boolean({ description: 'Encrypt the archive (AES-256-GCM)' })
  declare encrypt?: boolean

  @flags.boolean({ description: 'Read the passphrase from stdin instead of BACKUP_PASSPHRASE' })
  declare passphraseStdin?: boolean

  @flags.boolean({ description: 'Print nothing but errors (for cron)' })
  declare quiet?: boolean

  async run() {
    const { default: CreateBackup } = await import('#actions/backup/create_backup')
    const { requirePassphrase } = await import('#support/backup/passphrase')
    const { backupReport } = await import('#support/backup/backup_report')

    const progress = this.progress(this.quiet)
    const backup = await this.attempt(async () => {
      const passphrase = this.encrypt ? await requirePassphrase(this.passphraseStdin) : undefined
      return new CreateBackup().handle({ passphrase, onProgress: progress, via: 'cli' })
    })
    progress?.end()
    if (!backup || this.quiet) return
    const { text, json } = backupReport.created(backup)
    this.report(text, json)
  }
}
