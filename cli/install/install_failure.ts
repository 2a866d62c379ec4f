import { errors as vineErrors } from '@vinejs/vine'
import { EXIT } from '#cli/exit_codes'
import { BootError } from '#cli/boot_app'
import { UsageError, type FailureReport } from '#cli/cli_failure'
import { bootMessages, installMessages, usageMessages } from '#cli/messages'
import { sourceOfField } from '#cli/install/install_flags'
import { AlreadyInstalledException, DatabaseUnreachableException } from '#exceptions/install_errors'

type VineMessage = { field: string; message: string; rule: string }

/** One validation message as a sentence naming the flag behind the field. */
function describeInvalidField({ field, message, rule }: VineMessage) {
  const source = sourceOfField(field)
  const flag = source?.flag ?? field
  const missing = rule === 'required'
  let error = usageMessages.invalidFlag(flag, message)
  if (missing) {
    // The admin password has two sources; say both.
    error =
      field === 'admin.password' ? usageMessages.missingPassword : usageMessages.missingFlag(flag)
  }
  return { field: source?.key ?? field, flag, error, missing }
}

/** Translates what `filamenta install` can fail with into exit code, code and sentence. */
export function installFailure(error: unknown): FailureReport {
  if (error instanceof UsageError) return error.toReport()

  if (error instanceof vineErrors.E_VALIDATION_ERROR) {
    const invalid = (error.messages as VineMessage[]).map(describeInvalidField)
    const [first, ...others] = invalid
    return {
      exitCode: EXIT.usage,
      code: first.missing ? 'E_MISSING_FLAG' : 'E_INVALID_FLAG',
      error: first.error,
      field: first.field,
      more: others.map((item) => item.error),
      details: {
        errors: invalid.map(({ field, flag, error: sentence }) => ({
          field,
          flag,
          error: sentence,
        })),
      },
    }
  }

  if (error instanceof AlreadyInstalledException) {
    return {
      exitCode: EXIT.alreadyInstalled,
      code: error.code!,
      error: installMessages.alreadyInstalled,
    }
  }
  if (error instanceof DatabaseUnreachableException) {
    return {
      exitCode: EXIT.failed,
      code: error.code!,
      error: `${error.message}.`,
      details: { reason: error.reason },
    }
  }
  if (error instanceof Error && error.name === 'ExitPromptError') {
    return { exitCode: EXIT.failed, code: 'E_CANCELLED', error: installMessages.cancelled }
  }
  if (error instanceof BootError) {
    return { exitCode: EXIT.failed, code: 'E_BOOT_FAILED', error: error.message }
  }
  const reason = error instanceof Error ? error.message : String(error)
  return { exitCode: EXIT.failed, code: 'E_INSTALL_FAILED', error: bootMessages.unexpected(reason) }
}
