import { EXIT, type ExitCode } from '#cli/exit_codes'

/** A failure as the CLI reports it: an exit code, a stable code and a sentence. */
export type FailureReport = {
  exitCode: ExitCode
  code: string
  error: string
  /** The flag's camelCase name (also its `--config` key), for bad usage. */
  field?: string
  /** Further sentences for people, e.g. the other invalid flags. */
  more?: string[]
  /** Further details, e.g. the driver's reason or every invalid flag. */
  details?: Record<string, unknown>
}

/** Thrown by CLI code for bad usage: it exits 2 with a sentence naming the flag. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly code = 'E_USAGE',
    readonly field?: string
  ) {
    super(message)
  }

  toReport(): FailureReport {
    return { exitCode: EXIT.usage, code: this.code, error: this.message, field: this.field }
  }
}
