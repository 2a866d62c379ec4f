import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * `doctor` (SPEC 10.4): checks the site and says what to fix. The app
 * starts even when the database or Redis is down (Lucid and Redis connect
 * on first use), so those are reported as failed checks, not crashes.
 */
export default class Doctor extends BaseCommand {
  static commandName = 'doctor'
  static description =
    'Check configuration, database, migrations, Redis, SMTP, disk, folders, APP_KEY, production settings and backups, and say what to fix'
  static help = ['Exit code: 0 when no check failed (warnings allowed), 1 otherwise.']
  static options: CommandOptions = { startApp: true }

  @flags.boolean({ description: 'Print {ok, checks: [{id, status, message, fix}]} as JSON' })
  declare json?: boolean

  async run() {
    // Imported here: ace reads command files before the app boots.
    const { default: RunDiagnostics } = await import('#actions/doctor/run_diagnostics')
    const { describeCheck, describeSummary } = await import('#actions/doctor/describe_report')
    const report = await new RunDiagnostics().handle()
    this.exitCode = report.ok ? 0 : 1

    if (this.json) return this.logger.log(JSON.stringify(report))
    for (const check of report.checks) this.logger.log(describeCheck(check))
    const summary = describeSummary(report)
    if (report.ok) this.logger.log(summary)
    else this.logger.logError(summary)
  }
}
