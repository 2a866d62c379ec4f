import type { RequirementCheck } from '#actions/install/check_requirements'

export type DiagnosticId =
  RequirementCheck['id'] | 'appKey' | 'migrations' | 'installed' | 'diskSpace' | 'https'

/**
 * One health check of a site. Front ends word it themselves from `id`
 * (label and what to fix); `subject` and `reason` carry the facts.
 */
export type Diagnostic = {
  id: DiagnosticId
  ok: boolean
  /** What was checked, e.g. a version, a path or a count. */
  subject: string
  /** Why it failed, when it did. */
  reason?: string
}
