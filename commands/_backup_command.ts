import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { BackupError } from '#support/backup/backup_error'
import { terminalProgress } from '#support/backup/progress'

/**
 * What the `backup:*` commands share: `--json` for scripts, a progress line
 * on a terminal, and a known failure reported as one sentence (or one JSON
 * object) with exit code 1. The file name starts with "_" so ace does not
 * load it as a command; actions are imported inside `run`, after boot.
 */
export default abstract class BackupCommand extends BaseCommand {
  static options: CommandOptions = { startApp: true }

  @flags.boolean({ description: 'Print the result as JSON (for scripts and cron)' })
  declare json?: boolean

  /** A terminal progress line unless the output is for a machine. */
  protected progress(quiet = false) {
    return this.json || quiet ? undefined : terminalProgress()
  }

  /** Runs the action; a BackupError becomes the command's one-sentence failure. */
  protected async attempt<T>(task: () => Promise<T>): Promise<T | undefined> {
    try {
      return await task()
    } catch (error) {
      if (!(error instanceof BackupError)) throw error
      if (this.json) {
        this.logger.log(JSON.stringify({ ok: false, code: error.reason, error: error.message }))
      } else {
        this.logger.error(error.message)
      }
      this.exitCode = 1
      return undefined
    }
  }

  /** The result: a sentence for people, or `{ ok: true, ...data }` with --json. */
  protected report(text: string, json: Record<string, unknown>) {
    if (this.json) return this.logger.log(JSON.stringify({ ok: true, ...json }))
    this.logger.log(text)
  }
}
