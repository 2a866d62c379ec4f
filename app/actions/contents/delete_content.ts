import db from '@adonisjs/lucid/services/db'
import type Content from '#models/content'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import type { Actor } from '#actions/users/actor'
import { forgetPublicContent } from '#support/content_cache'

/** Deletes an item with its revisions and taxonomy links; the audit entry keeps what it was. */
export default class DeleteContent {
  async handle(content: Content, actor: Actor) {
    await db.transaction(async (trx) => {
      await new RecordAuditEvent().handle(
        {
          ...actor,
          event: 'content.deleted',
          targetType: 'content',
          targetId: content.id,
          changes: {
            before: {
              title: content.title,
              slug: content.slug,
              status: content.status,
              authorId: content.authorId,
            },
          },
        },
        trx
      )
      // The foreign keys cascade too, but SQLite only honours them when asked to.
      for (const table of ['content_revisions', 'content_categories', 'content_tags']) {
        await trx.from(table).where('content_id', content.id).delete()
      }
      await content.useTransaction(trx).delete()
    })
    await forgetPublicContent()
  }
}
