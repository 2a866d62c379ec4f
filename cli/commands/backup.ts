import { type Command, InvalidArgumentError } from 'commander'
import { backupMessages } from '#cli/backup/backup_messages'
import { runBackup } from '#cli/backup/run_backup'

type Flags = { json?: boolean; quiet?: boolean; passphraseStdin?: boolean }

function wholeNumber(flag: string) {
  return (value: string) => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(backupMessages.notANumber(flag))
    return Number(value)
  }
}

/** Declares `filamenta backup create|list|verify|restore|prune`, calling the same actions as ace. */
export function registerBackupCommand(program: Command) {
  const flags = backupMessages.flags
  const backup = program
    .command('backup')
    .description(backupMessages.description)
    .addHelpText('after', backupMessages.helpFooter)

  backup
    .command('create')
    .description(backupMessages.create)
    .option('--encrypt', flags.encrypt)
    .option('--passphrase-stdin', flags.passphraseStdin)
    .option('--quiet', flags.quiet)
    .option('--json', flags.json)
    .action(async (options: Flags & { encrypt?: boolean }) => {
      process.exitCode = await runBackup(options, async (onProgress) => {
        const { default: CreateBackup } = await import('#actions/backup/create_backup')
        const { requirePassphrase } = await import('#support/backup/passphrase')
        const { backupReport } = await import('#support/backup/backup_report')
        const passphrase = options.encrypt
          ? await requirePassphrase(options.passphraseStdin)
          : undefined
        return backupReport.created(
          await new CreateBackup().handle({ passphrase, onProgress, via: 'cli' })
        )
      })
    })

  backup
    .command('list')
    .description(backupMessages.list)
    .option('--json', flags.json)
    .action(async (options: Flags) => {
      process.exitCode = await runBackup(options, async () => {
        const { default: ListBackups } = await import('#actions/backup/list_backups')
        const { readPassphrase } = await import('#support/backup/passphrase')
        const { backupReport } = await import('#support/backup/backup_report')
        const archives = await new ListBackups().handle({ passphrase: await readPassphrase(false) })
        const listing = backupReport.listed(archives)
        const lines = [listing.head, ...listing.rows].map((row) => row.join('  '))
        return {
          text: archives.length === 0 ? listing.empty : lines.join('\n'),
          json: { archives: listing.json },
        }
      })
    })

  backup
    .command('verify')
    .description(backupMessages.verify)
    .argument('<file>', backupMessages.file)
    .option('--passphrase-stdin', flags.passphraseStdin)
    .option('--json', flags.json)
    .action(async (file: string, options: Flags) => {
      process.exitCode = await runBackup(options, async (onProgress) => {
        const { default: VerifyBackup } = await import('#actions/backup/verify_backup')
        const { readPassphrase } = await import('#support/backup/passphrase')
        const { backupReport } = await import('#support/backup/backup_report')
        const passphrase = await readPassphrase(options.passphraseStdin)
        return backupReport.verified(
          await new VerifyBackup().handle({ file, passphrase, onProgress })
        )
      })
    })

  backup
    .command('restore')
    .description(backupMessages.restore)
    .argument('<file>', backupMessages.file)
    .option('--force', flags.force)
    .option('--passphrase-stdin', flags.passphraseStdin)
    .option('--quiet', flags.quiet)
    .option('--json', flags.json)
    .action(async (file: string, options: Flags & { force?: boolean }) => {
      process.exitCode = await runBackup(options, async (onProgress) => {
        const { default: RestoreBackup } = await import('#actions/backup/restore_backup')
        const { readPassphrase } = await import('#support/backup/passphrase')
        const { backupReport } = await import('#support/backup/backup_report')
        const passphrase = await readPassphrase(options.passphraseStdin)
        return backupReport.restored(
          await new RestoreBackup().handle({ file, passphrase, force: options.force, onProgress })
        )
      })
    })

  backup
    .command('prune')
    .description(backupMessages.prune)
    .option('--keep-daily <n>', flags.keepDaily, wholeNumber('--keep-daily'))
    .option('--keep-weekly <n>', flags.keepWeekly, wholeNumber('--keep-weekly'))
    .option('--keep-monthly <n>', flags.keepMonthly, wholeNumber('--keep-monthly'))
    .option('--dry-run', flags.dryRun)
    .option('--json', flags.json)
    .action(
      async (
        options: Flags & {
          keepDaily?: number
          keepWeekly?: number
          keepMonthly?: number
          dryRun?: boolean
        }
      ) => {
        process.exitCode = await runBackup(options, async () => {
          const { default: PruneBackups } = await import('#actions/backup/prune_backups')
          const { retentionPolicy } = await import('#support/backup/retention_flags')
          const { backupReport } = await import('#support/backup/backup_report')
          const policy = retentionPolicy({
            daily: options.keepDaily,
            weekly: options.keepWeekly,
            monthly: options.keepMonthly,
          })
          return backupReport.pruned(
            await new PruneBackups().handle({ ...policy, dryRun: options.dryRun })
          )
        })
      }
    )
}
