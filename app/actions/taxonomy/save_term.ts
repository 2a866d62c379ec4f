import db from '@adonisjs/lucid/services/db'
import type Category from '#models/category'
import type Tag from '#models/tag'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import type { Actor } from '#actions/users/actor'
import { forgetPublicContent } from '#support/content_cache'
import { slugify, uniqueSlug } from '#support/slugs'

export type TermModel = typeof Category | typeof Tag
export type TermInput = { name: string; slug?: string | null; description?: string | null }

/** The longest slug each table holds. */
const SLUG_LENGTH = { categories: 120, tags: 80 } as Record<string, number>

/**
 * Creates (term null) or renames a category or tag. A blank slug is made
 * from the name and made unique; a typed one was checked by the form.
 * Public pages show these names, so their cache is cleared.
 */
export default class SaveTerm {
  async handle<M extends TermModel>(
    Model: M,
    term: InstanceType<M> | null,
    input: TermInput,
    actor: Actor
  ): Promise<InstanceType<M>> {
    const table = Model.table
    const saved = await db.transaction(async (trx) => {
      const row = (term ?? new Model()) as Category & Tag
      const before = term ? { name: row.name, slug: row.slug } : null
      row.useTransaction(trx)
      row.name = input.name.trim()
      const typed = input.slug ? slugify(input.slug, SLUG_LENGTH[table]) : ''
      row.slug =
        typed ||
        (await uniqueSlug(row.name, {
          table,
          exceptId: term?.id,
          maxLength: SLUG_LENGTH[table],
          fallback: table === 'tags' ? 'tag' : 'category',
          client: trx,
        }))
      if (input.description !== undefined && table === 'categories') {
        row.description = input.description?.trim() || null
      }
      await row.save()
      await new RecordAuditEvent().handle(
        {
          ...actor,
          event: `${table}.${term ? 'updated' : 'created'}`,
          targetType: table,
          targetId: row.id,
          changes: before
            ? { before, after: { name: row.name, slug: row.slug } }
            : { after: { name: row.name, slug: row.slug } },
        },
        trx
      )
      return row as unknown as InstanceType<M>
    })
    await forgetPublicContent()
    return saved
  }
}
