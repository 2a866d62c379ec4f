import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import type { ChainVerification } from '#actions/audit/verify_audit_chain'

/** `audit:verify`: recomputes the audit trail's hash chain; exit 1 names the first broken entry. */
export default class AuditVerify extends BaseCommand {
  static commandName = 'audit:verify'
  static description =
    'Check that no audit entry was changed or deleted (exit 1 names the first broken one)'
  static options: CommandOptions = { startApp: true }

  async run() {
    const { default: VerifyAuditChain } = await import('#actions/audit/verify_audit_chain')
    const result = await new VerifyAuditChain().handle()
    if (result.intact) {
      this.logger.success(`The audit trail is intact: ${plural(result.count)} checked.`)
      return
    }
    this.logger.error(brokenSentence(result))
    this.exitCode = 1
  }
}

function plural(count: number) {
  return count === 1 ? '1 entry' : `${count} entries`
}

/** What went wrong, in one sentence that names the entry. */
export function brokenSentence(result: Extract<ChainVerification, { intact: false }>) {
  const entry = `entry #${result.entryId}`
  const previous = result.previousId ? `entry #${result.previousId}` : 'the start of the trail'
  const why = {
    altered: `${entry} was changed after it was recorded: its content no longer matches its hash`,
    unlinked: `${entry} does not follow ${previous}: an entry between them was deleted or rewritten`,
    unrecorded: `${entry} lies past the recorded end of the trail: it was not added by the audit recorder`,
    missing: `${entry}, the last one recorded, is missing: entries at the end were deleted`,
  }[result.reason]
  const sound = result.count > 0 ? ` (${plural(result.count)} before it check out)` : ''
  return `The audit trail is broken at ${entry}: ${why}${sound}.`
}
