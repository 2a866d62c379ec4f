import { EXIT } from '#cli/exit_codes'
import { Output } from '#cli/output'
import { BootError, withApp } from '#cli/boot_app'
import { BackupError } from '#support/backup/backup_error'
import { terminalProgress, type ProgressListener } from '#support/backup/progress'

export type BackupOutcome = { text: string; json: Record<string, unknown> }

type Task = (progress: ProgressListener | undefined) => Promise<BackupOutcome>

/**
 * Runs one `filamenta backup …` command: boots the app without its HTTP
 * server (no database connection is opened until an action asks for one),
 * runs the action, prints its outcome, and returns the exit code. Actions
 * are imported inside `task`, after the boot.
 */
export async function runBackup(
  options: { json?: boolean; quiet?: boolean },
  task: Task
): Promise<number> {
  const output = new Output(Boolean(options.json))
  const progress = options.json || options.quiet ? undefined : terminalProgress()
  try {
    const outcome = await withApp(output, () => task(progress))
    progress?.end()
    if (!options.quiet || options.json) output.success(outcome.text, outcome.json)
    return EXIT.ok
  } catch (error) {
    progress?.end()
    if (error instanceof BootError) {
      return output.failure({ exitCode: EXIT.failed, code: 'E_BOOT', error: error.message })
    }
    if (error instanceof BackupError) {
      const exitCode = error.reason === 'E_BACKUP_USAGE' ? EXIT.usage : EXIT.failed
      return output.failure({ exitCode, code: error.reason, error: error.message })
    }
    throw error
  }
}
