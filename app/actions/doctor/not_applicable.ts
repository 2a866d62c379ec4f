import { type Diagnostic, type DiagnosticId, pass } from '#actions/doctor/diagnostic'

/** Production-only rules pass outside production, saying so rather than staying silent. */
export function notApplicable(id: DiagnosticId, what: string): Diagnostic {
  return pass(id, `${what}: not applicable outside production`)
}
