import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Content, { type ContentStatus } from '#models/content'
import type User from '#models/user'

export type SeededContent = {
  title: string
  author: User | null
  status?: ContentStatus
  body?: string
  publishAt?: DateTime | null
  updatedAt?: DateTime
  categoryIds?: number[]
  tagIds?: number[]
}

/*
| Rows written straight to the tables, so a list test can set the dates it
| sorts and filters on; the search index follows through its triggers.
*/
export async function seedContents(items: SeededContent[]): Promise<Content[]> {
  const format = (date: DateTime | null | undefined) =>
    date ? date.toUTC().toFormat(db.connection().dialect.dateTimeFormat) : null
  const now = DateTime.now()
  const contents: Content[] = []
  for (const [index, item] of items.entries()) {
    const slug = `${item.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${index}`
    const body = item.body ?? `About ${item.title}`
    await db.table('contents').insert({
      title: item.title,
      slug,
      body: `<p>${body}</p>`,
      body_text: body,
      status: item.status ?? 'draft',
      publish_at: format(item.publishAt),
      author_id: item.author?.id ?? null,
      created_at: format(now),
      updated_at: format(item.updatedAt ?? now.minus({ minutes: items.length - index })),
    })
    const content = await Content.findByOrFail('slug', slug)
    if (item.categoryIds?.length) await content.related('categories').attach(item.categoryIds)
    if (item.tagIds?.length) await content.related('tags').attach(item.tagIds)
    contents.push(content)
  }
  return contents
}

/** The titles in the list's rows, in order. */
export function listedTitles(html: string): string[] {
  return [...html.matchAll(/<td data-column="title">\s*<a href="[^"]+">([^<]+)<\/a>/g)].map(
    (match) => match[1].trim()
  )
}

/** The admin menu's entries, by their paths. */
export function menuPaths(html: string): string[] {
  const nav = html.match(/<nav class="admin-nav"[\s\S]*?<\/nav>/)?.[0] ?? ''
  return [...nav.matchAll(/href="([^"]+)"/g)].map((match) => match[1])
}
