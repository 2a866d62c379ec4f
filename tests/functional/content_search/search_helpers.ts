import db from '@adonisjs/lucid/services/db'
import type { Group } from '@japa/runner/core'
import Content from '#models/content'
import { searchContents } from '#support/content_search'

/** What the search tests write: each item's text, chosen so every word is either unique or shared on purpose. */
export const ITEMS = [
  {
    slug: 'search-harbour',
    title: 'Lighthouse keepers of the northern harbour',
    excerpt: 'Stories told by the keepers',
    bodyText: 'The xylophone played every evening at the café on the quay, under a zeppelin once.',
  },
  {
    slug: 'search-garden',
    title: 'A garden in winter',
    excerpt: 'Frost, seeds and patience',
    bodyText: 'Compost matters. The gardener keeps notes about frost and quinces.',
  },
  {
    slug: 'search-draft',
    title: 'Zeppelin timetables',
    excerpt: null,
    bodyText: 'Airships and their timetables, with a zeppelin crossing the northern sea.',
  },
] as const

/**
 * Writes the items once for the group, committed, and deletes them after:
 * MySQL's FULLTEXT indexes only see rows once their transaction has
 * committed, so these tests cannot run inside a rolled-back one.
 */
export function seedSearchableContents(group: Group) {
  group.setup(async () => {
    await Content.query().whereIn('slug', slugs()).delete()
    await Content.createMany(
      ITEMS.map((item) => ({
        ...item,
        body: `<p>${item.bodyText}</p>`,
        status: item.slug === 'search-draft' ? 'draft' : 'published',
      }))
    )
    return async () => {
      await Content.query().whereIn('slug', slugs()).delete()
    }
  })
}

function slugs() {
  return ITEMS.map((item) => item.slug)
}

/** Slugs of the seeded items a search finds, sorted. */
export async function found(term: string, connection = db.primaryConnectionName) {
  const rows = await searchContents(Content.query({ connection }), term)
    .whereIn('slug', slugs())
    .orderBy('slug')
  return rows.map((row) => row.slug)
}

/** Every seeded slug, sorted: what a search without words gives. */
export const ALL_SLUGS: string[] = slugs().sort()
