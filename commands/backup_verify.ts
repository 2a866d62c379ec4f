import { args, flags } from '@adonisjs/core/ace'
import BackupCommand from './_backup_command.js'

/** `backup:verify FILE`: checksums, then a test restore into a scratch SQLite database. */
export default class BackupVerify extends BackupCommand {
  static commandName = 'backup:verify'
  static description =
    'Check an archive: every checksum, then a test restore into a scratch database'
  static help = ['Exit code 0 when the archive is sound, 1 with the first problem named.']

  @args.string({ description: 'Archive file (a path, or a name in BACKUP_DIR)' })
  declare file: string

  @flags.boolean({ description: 'Read the passphrase from stdin instead of BACKUP_PASSPHRASE' })
  declare passphraseStdin?: boolean

  async run() {
    const { default: VerifyBackup } = await import('#actions/backup/verify_backup')
    const { readPassphrase } = await import('#support/backup/passphrase')
    const { backupReport } = await import('#support/backup/backup_report')

    const progress = this.progress()
    const verified = await this.attempt(async () =>
      new VerifyBackup().handle({
        file: this.file,
        passphrase: await readPassphrase(this.passphraseStdin),
        onProgress: progress,
      })
    )
    progress?.end()
    if (!verified) return
    const { text, json } = backupReport.verified(verified)
    this.report(text, json)
  }
}
