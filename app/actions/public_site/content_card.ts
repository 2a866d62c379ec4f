import type Content from '#models/content'
import type User from '#models/user'
import { coverImage, type CoverImage } from '#actions/public_site/cover_image'

/** What a listing shows of one item: plain data (dates as ISO strings), safe to cache. */
export type ContentCard = {
  id: number
  slug: string
  title: string
  excerpt: string | null
  publishedAt: string
  updatedAt: string
  cover: CoverImage | null
}

/** A category or tag as a link. */
export type TermLink = { name: string; slug: string }

/**
 * When visitors are told the item was published: its publish date, or for
 * an item published at once (no date set), when it was created.
 */
export function publishedAt(content: Content): string {
  return (content.publishAt ?? content.createdAt).toISO()!
}

/** The card of a content item whose `cover` relation is preloaded. */
export function contentCard(content: Content): ContentCard {
  return {
    id: content.id,
    slug: content.slug,
    title: content.title,
    excerpt: content.excerpt,
    publishedAt: publishedAt(content),
    updatedAt: content.updatedAt.toISO()!,
    cover: coverImage(content.cover),
  }
}

/** How an author is credited: full name, else username; nobody once the account is gone. */
export function authorName(author: User | null | undefined): string | null {
  return author ? author.fullName || author.username : null
}
