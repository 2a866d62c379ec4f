import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type Content from '#models/content'
import type { ContentStatus } from '#models/content'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import type { Actor } from '#actions/users/actor'
import { forgetPublicContent } from '#support/content_cache'
import { canTransition } from '#actions/contents/workflow'
import { ContentRuleException } from '#actions/contents/content_errors'
import { writeRevision } from '#actions/contents/content_history'

/**
 * Moves an item along the workflow (workflow.ts), keeping a revision and an
 * audit entry. Whether this actor may make the move is checked by the
 * caller through ContentPolicy.
 */
export default class ChangeContentStatus {
  /** Applies the move, or throws a 422 ContentRuleException for one the workflow lacks. */
  async handle(content: Content, to: ContentStatus, actor: Actor): Promise<Content> {
    const from = content.status
    if (!canTransition(from, to)) {
      throw new ContentRuleException('contents.errors.transition', { from, to }, 'status')
    }
    await db.transaction(async (trx) => {
      content.useTransaction(trx)
      const publishAtBefore = content.publishAt
      content.status = to
      // Published "now" gets a date, so lists ordered by publication date place it.
      if (to === 'published' && !content.publishAt) {
        content.publishAt = DateTime.now().startOf('second')
      }
      await content.save()
      await writeRevision(content, actor, trx)
      const dated = publishAtBefore !== content.publishAt
      await new RecordAuditEvent().handle(
        {
          ...actor,
          event: 'content.status_changed',
          targetType: 'content',
          targetId: content.id,
          changes: {
            before: { status: from, ...(dated ? { publishAt: null } : {}) },
            after: {
              status: to,
              ...(dated ? { publishAt: content.publishAt!.toUTC().toISO() } : {}),
            },
          },
          details: { from, to },
        },
        trx
      )
    })
    await forgetPublicContent()
    return content
  }
}
