import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type Content from '#models/content'
import { RESERVED_SLUGS, slugify, uniqueSlug } from '#support/slugs'
import { ContentRuleException } from '#actions/contents/content_errors'

/**
 * The slug an item gets: the one typed, as a slug, when it is free (the
 * validator said so; this is the last check before the unique index), else
 * one made from the title with a -2, -3… suffix when needed.
 */
export async function contentSlug(
  item: Content,
  typed: string | null,
  trx: TransactionClientContract
): Promise<string> {
  const exceptId = item.$isPersisted ? item.id : null
  if (typed === null || typed.trim() === '') {
    return uniqueSlug(item.title, {
      table: 'contents',
      exceptId,
      fallback: 'item',
      reserved: true,
      client: trx,
    })
  }
  const slug = slugify(typed)
  if (!slug) throw new ContentRuleException('contents.errors.slug_empty', {}, 'slug')
  const taken = trx.from('contents').where('slug', slug)
  if (exceptId) taken.whereNot('id', exceptId)
  if (RESERVED_SLUGS.has(slug) || (await taken.first())) {
    throw new ContentRuleException('contents.errors.slug_taken', {}, 'slug')
  }
  return slug
}
