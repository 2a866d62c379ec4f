import db from '@adonisjs/lucid/services/db'
import type Category from '#models/category'
import type Tag from '#models/tag'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import type { Actor } from '#actions/users/actor'
import { forgetPublicContent } from '#support/content_cache'

/** Deletes a category or tag; items lose it but stay. */
export default class DeleteTerm {
  async handle(term: Category | Tag, actor: Actor) {
    const table = (term.constructor as typeof Category).table
    const pivot = table === 'tags' ? 'content_tags' : 'content_categories'
    const key = table === 'tags' ? 'tag_id' : 'category_id'
    await db.transaction(async (trx) => {
      await new RecordAuditEvent().handle(
        {
          ...actor,
          event: `${table}.deleted`,
          targetType: table,
          targetId: term.id,
          changes: { before: { name: term.name, slug: term.slug } },
        },
        trx
      )
      await trx.from(pivot).where(key, term.id).delete()
      await term.useTransaction(trx).delete()
    })
    await forgetPublicContent()
  }
}
