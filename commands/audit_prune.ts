import { flags, BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import i18nManager from '@adonisjs/i18n/services/main'
import { brokenSentence } from './audit_verify.js'

/** `audit:prune`: deletes old audit entries while keeping the trail verifiable. */
export default class AuditPrune extends BaseCommand {
  static commandName = 'audit:prune'
  static description = 'Delete audit entries older than --older-than (e.g. 365d, 90d, 12h)'
  static options: CommandOptions = { startApp: true }

  @flags.string({ description: 'Retention: a number of days or hours, such as 365d or 12h' })
  declare olderThan?: string

  @flags.boolean({ description: 'Only count what would be deleted' })
  declare dryRun?: boolean

  async run() {
    const { retentionValidator } = await import('#validators/audit')
    const { CLI_ACTOR } = await import('#actions/users/actor')
    const { default: PruneAuditEvents } = await import('#actions/audit/prune_audit_events')
    const [error, input] = await retentionValidator.tryValidate(
      { olderThan: this.olderThan },
      { messagesProvider: i18nManager.locale('en').createMessagesProvider('audit.validator') }
    )
    if (error) return this.fail(`${error.messages[0].message}.`)

    const outcome = await new PruneAuditEvents().handle({
      olderThan: input.olderThan,
      dryRun: this.dryRun,
      actor: CLI_ACTOR,
    })
    if (outcome.status === 'broken') {
      return this.fail(`${brokenSentence(outcome.verification)} Nothing was pruned.`)
    }
    const before = `recorded before ${outcome.cutoff.toFormat('yyyy-MM-dd HH:mm:ss')} UTC`
    if (outcome.count === 0)
      return this.logger.info(`No entries were ${before}; nothing was pruned.`)
    const entries = outcome.count === 1 ? '1 entry' : `${outcome.count} entries`
    this.logger.success(
      outcome.status === 'dry-run'
        ? `${entries} ${before} would be pruned (dry run: nothing was deleted).`
        : `Pruned ${entries} ${before}; the trail stays verifiable from the next entry.`
    )
  }

  protected fail(sentence: string) {
    this.logger.error(sentence)
    this.exitCode = 1
  }
}
