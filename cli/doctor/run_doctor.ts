import { EXIT } from '#cli/exit_codes'
import { Output } from '#cli/output'
import { BootError, configuredLogLevel, withApp } from '#cli/boot_app'
import { bootMessages, doctorMessages } from '#cli/messages'
import type { Diagnostic, DiagnosticId } from '#actions/doctor/diagnostic'
import type { DiagnosticsReport } from '#actions/doctor/run_diagnostics'
import { describeCheck, describeSummary } from '#actions/doctor/describe_report'

type ReportedCheck = Omit<Diagnostic, 'id'> & { id: DiagnosticId | 'boot' }

/** An app that cannot start is one failed check, on one line like the others. */
function bootFailure(error: unknown): ReportedCheck {
  const message =
    error instanceof BootError ? error.message : bootMessages.unexpected(String(error))
  return {
    id: 'boot',
    status: 'fail',
    message: message.replace(/\s*\n\s*/g, ' ').trim(),
    fix: doctorMessages.bootFix,
  }
}

/**
 * `filamenta doctor`: runs the diagnostics action (the same as `node ace
 * doctor`) and prints each check. It boots the app itself so an app that
 * cannot even start is still reported, with the same output shape.
 * Returns the exit code.
 */
export async function runDoctor(options: { json?: boolean }): Promise<number> {
  const output = new Output(Boolean(options.json))
  let report: DiagnosticsReport | { ok: false; checks: ReportedCheck[] }
  try {
    report = await withApp(output, async () => {
      const { default: RunDiagnostics } = await import('#actions/doctor/run_diagnostics')
      return new RunDiagnostics().handle({ logLevel: configuredLogLevel() })
    })
  } catch (error) {
    report = { ok: false, checks: [bootFailure(error)] }
  }

  if (output.json) {
    output.writeJson(report)
  } else {
    process.stdout.write(`${report.checks.map(describeCheck).join('\n')}\n`)
    const stream = report.ok ? process.stdout : process.stderr
    stream.write(`${describeSummary(report)}\n`)
  }
  return report.ok ? EXIT.ok : EXIT.failed
}
