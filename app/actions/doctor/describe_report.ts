import type { Diagnostic, DiagnosticStatus } from '#actions/doctor/diagnostic'

type Described = Pick<Diagnostic, 'status' | 'message' | 'fix'>

const MARKS: Record<DiagnosticStatus, string> = { pass: '✔', warn: '!', fail: '✖' }

/** One check for people: a mark and the message, then the fix when there is one. */
export function describeCheck(check: Described): string {
  const line = `${MARKS[check.status]} ${check.message}`
  return check.fix ? `${line}\n    Fix: ${check.fix}` : line
}

/** The closing line: how many checks failed and warned. */
export function describeSummary(report: { checks: Described[] }): string {
  const count = (status: DiagnosticStatus) =>
    report.checks.filter((check) => check.status === status).length
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  const failed = count('fail')
  const warned = count('warn')
  if (failed) return `${plural(failed, 'check')} failed, ${plural(warned, 'warning')}.`
  if (warned) return `No check failed; ${plural(warned, 'warning')}.`
  return 'Every check passed.'
}
