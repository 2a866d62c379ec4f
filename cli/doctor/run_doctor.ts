import { fileURLToPath } from 'node:url'
import { EXIT } from '#cli/exit_codes'
import { APP_ROOT } from '#cli/prepare_env_file'
import { Output } from '#cli/output'
import { BootError, withApp } from '#cli/boot_app'
import { bootMessages, doctorMessages } from '#cli/messages'
import type { Diagnostic, DiagnosticId } from '#actions/doctor/diagnostic'

type ReportedCheck = Omit<Diagnostic, 'id'> & { id: DiagnosticId | 'boot'; fix?: string }

/** Each check worded for people, with what to fix when it failed. */
function present(check: Diagnostic | ReportedCheck): ReportedCheck {
  return check.ok ? check : { ...check, fix: doctorMessages.fixes[check.id] }
}

function describe(check: ReportedCheck): string {
  const mark = check.ok ? '✔' : '✖'
  const line = `${mark} ${doctorMessages.labels[check.id]}: ${check.subject}`
  if (check.ok) return line
  const reason = check.reason ? ` (${check.reason})` : ''
  return `${line}${reason}\n    ${doctorMessages.fixLabel}: ${check.fix}`
}

/**
 * `filamenta doctor`: runs the diagnostics action and prints each check.
 * An app that cannot even start is reported as one failed check, so the
 * output keeps its shape. Returns the exit code.
 */
export async function runDoctor(options: { json?: boolean }): Promise<number> {
  const output = new Output(Boolean(options.json))
  let checks: ReportedCheck[]
  try {
    checks = await withApp(output, async () => {
      const { default: RunDiagnostics } = await import('#actions/doctor/run_diagnostics')
      const report = await new RunDiagnostics().handle()
      return report.checks.map(present)
    })
  } catch (error) {
    const reason =
      error instanceof BootError ? error.reason : bootMessages.unexpected(String(error))
    checks = [present({ id: 'boot', ok: false, subject: fileURLToPath(APP_ROOT), reason })]
  }

  const failed = checks.filter((check) => !check.ok).length
  const summary = failed ? doctorMessages.someFailed(failed) : doctorMessages.allPassed
  if (output.json) {
    output.writeJson({ ok: failed === 0, checks })
  } else {
    const stream = failed ? process.stderr : process.stdout
    process.stdout.write(`${checks.map(describe).join('\n')}\n`)
    stream.write(`${summary}\n`)
  }
  return failed ? EXIT.failed : EXIT.ok
}
