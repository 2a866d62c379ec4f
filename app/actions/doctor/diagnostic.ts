export type DiagnosticStatus = 'pass' | 'warn' | 'fail'

export type DiagnosticId =
  | 'node'
  | 'configuration'
  | 'appUrl'
  | 'logLevel'
  | 'appKey'
  | 'database'
  | 'migrations'
  | 'installed'
  | 'redis'
  | 'smtp'
  | 'diskSpace'
  | 'storageFolder'
  | 'uploadsFolder'
  | 'backupFolder'
  | 'tmpFolder'
  | 'envFile'
  | 'https'
  | 'secureCookies'
  | 'debugMode'
  | 'trustedProxies'
  | 'backup'

/**
 * One health check of a site, worded once so `node ace doctor` and
 * `filamenta doctor` say the same thing: what was found on one line and,
 * unless it passed, what to do about it in one sentence.
 */
export type Diagnostic = {
  id: DiagnosticId
  status: DiagnosticStatus
  message: string
  fix: string | null
}

/** A check that found nothing to fix. */
export function pass(id: DiagnosticId, message: string): Diagnostic {
  return { id, status: 'pass', message, fix: null }
}

/** Something to look at that does not stop the site from working. */
export function warn(id: DiagnosticId, message: string, fix: string): Diagnostic {
  return { id, status: 'warn', message, fix }
}

/** Something that breaks the site or leaves it unsafe. */
export function fail(id: DiagnosticId, message: string, fix: string): Diagnostic {
  return { id, status: 'fail', message, fix }
}

/** An error as one line of text, without its stack; wrappers (a cache's "Factory has thrown") give way to their cause. */
export function describeError(error: unknown): string {
  const cause = (error as { cause?: unknown } | undefined)?.cause
  if (cause instanceof Error) return describeError(cause)
  const message = error instanceof Error ? error.message : String(error)
  const line = message.split('\n')[0].trim()
  return line || (error as { code?: string }).code || 'unknown error'
}
