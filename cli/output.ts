import type { FailureReport } from '#cli/cli_failure'

/**
 * Where the CLI writes. With `--json`, stdout carries exactly one JSON
 * object and nothing else; otherwise results go to stdout and problems and
 * notices to stderr.
 */
export class Output {
  constructor(readonly json: boolean) {}

  /** A notice for people, on stderr so it never mixes with a JSON result. */
  notice(line: string) {
    process.stderr.write(`${line}\n`)
  }

  /** The successful result: lines for people, or `{ ok: true, ...data }`. */
  success(lines: string, data: Record<string, unknown>) {
    if (this.json) return this.writeJson({ ok: true, ...data })
    process.stdout.write(`${lines}\n`)
  }

  /** A failure: the sentence on stderr, or `{ ok: false, code, error, field? }`. */
  failure(report: FailureReport): number {
    if (this.json) {
      // `more` repeats `details.errors` in prose; JSON readers get the structured list.
      const { exitCode, details, code, error, field } = report
      this.writeJson({ ok: false, code, error, field, ...details, exitCode })
    } else {
      process.stderr.write([report.error, ...(report.more ?? [])].join('\n') + '\n')
    }
    return report.exitCode
  }

  /** One JSON object on one line of stdout. */
  writeJson(value: Record<string, unknown>) {
    process.stdout.write(`${JSON.stringify(value)}\n`)
  }
}
