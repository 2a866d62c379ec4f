import { createWriteStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { flags, BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import i18nManager from '@adonisjs/i18n/services/main'

/** `audit:export`: the audit trail (or the entries the filters match) as CSV or JSON Lines. */
export default class AuditExport extends BaseCommand {
  static commandName = 'audit:export'
  static description = 'Export the audit trail as CSV or JSON Lines, to a file or stdout'
  static options: CommandOptions = { startApp: true }

  @flags.string({ description: 'csv or jsonl', default: 'csv' })
  declare format: string

  @flags.string({ description: 'Write to this file instead of stdout' })
  declare output?: string

  @flags.string({ description: 'Only entries by this account (id, email or username)' })
  declare actor?: string

  @flags.string({ description: 'Only this event, e.g. user.role.changed' })
  declare event?: string

  @flags.string({ description: 'Only this target type, e.g. user' })
  declare targetType?: string

  @flags.string({ description: 'Only this target id' })
  declare targetId?: string

  @flags.string({ description: 'From this day (YYYY-MM-DD, UTC)' })
  declare from?: string

  @flags.string({ description: 'Up to this day included (YYYY-MM-DD, UTC)' })
  declare to?: string

  async run() {
    const { auditExportValidator } = await import('#validators/audit')
    const { default: ExportAuditEvents } = await import('#actions/audit/export_audit_events')
    const [error, input] = await auditExportValidator.tryValidate(
      {
        format: this.format,
        actor: this.actor,
        event: this.event,
        targetType: this.targetType,
        targetId: this.targetId,
        from: this.from,
        to: this.to,
      },
      { messagesProvider: i18nManager.locale('en').createMessagesProvider('audit.validator') }
    )
    if (error) return this.fail(`${error.messages[0].message}.`)

    const { format, ...filters } = input
    const stream = new ExportAuditEvents().handle({ format, filters })
    if (!this.output) return pipeline(stream, process.stdout, { end: false })
    try {
      await pipeline(stream, createWriteStream(this.output))
    } catch (writeError) {
      return this.fail(`Could not write ${this.output}: ${(writeError as Error).message}.`)
    }
    this.logger.success(`The audit trail was written to ${this.output}.`)
  }

  protected fail(sentence: string) {
    this.logger.error(sentence)
    this.exitCode = 1
  }
}
