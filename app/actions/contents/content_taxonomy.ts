import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Category from '#models/category'
import Tag from '#models/tag'
import { slugify, uniqueSlug } from '#support/slugs'
import { ContentRuleException } from '#actions/contents/content_errors'

/** The ids given, after checking that each names a category. */
export async function existingCategoryIds(ids: number[], trx: TransactionClientContract) {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return []
  const found = await Category.query({ client: trx }).whereIn('id', unique).select('id')
  if (found.length !== unique.length) {
    throw new ContentRuleException('contents.errors.unknown_category', {}, 'categoryIds')
  }
  return unique
}

/**
 * The ids of the tags named, creating those that do not exist yet. A name
 * matches an existing tag by slug or by name without case, so "Vélo" and
 * "velo" are one tag.
 */
export async function tagIdsFor(names: string[], trx: TransactionClientContract) {
  const ids = new Set<number>()
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, ' ').slice(0, 60)
    if (!name) continue
    const slug = slugify(name, 80)
    const existing = await Tag.query({ client: trx })
      .where((match) => {
        if (slug) match.where('slug', slug)
        match.orWhereRaw('lower(name) = ?', [name.toLowerCase()])
      })
      .first()
    const tag =
      existing ??
      (await Tag.create(
        {
          name,
          slug: await uniqueSlug(name, {
            table: 'tags',
            maxLength: 80,
            fallback: 'tag',
            client: trx,
          }),
        },
        { client: trx }
      ))
    ids.add(tag.id)
  }
  return [...ids]
}
