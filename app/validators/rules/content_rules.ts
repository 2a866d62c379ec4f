import vine from '@vinejs/vine'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { RESERVED_SLUGS, slugify } from '#support/slugs'
import { findUsableCover } from '#actions/contents/content_cover'

/*
| The checks of the content form that need the database or the editing
| user (passed as the validator's meta, see ContentValidatorMeta).
*/

type EditMeta = { contentId?: number | null; userId?: number | null; isAdmin?: boolean }

export const TAG_MAX_LENGTH = 60
export const MAX_TAGS = 20

/** The slug typed, as a slug, free on the site: not reserved, not held by another item. */
export const freeSlug = vine.createRule(
  async (value, _options, field) => {
    if (typeof value !== 'string') return
    const slug = slugify(value)
    if (!slug) return field.report('The address needs a letter or digit', 'slugText', field)
    if (RESERVED_SLUGS.has(slug)) {
      return field.report('This address is reserved', 'reservedSlug', field)
    }
    const { contentId } = field.meta as EditMeta
    const query = db.from('contents').where('slug', slug)
    if (contentId) query.whereNot('id', contentId)
    if (await query.first()) return field.report('This address is taken', 'freeSlug', field)
    field.mutate(slug, field)
  },
  { isAsync: true }
)

/** A comma-separated list of tag names, each short enough, not too many. */
export const tagList = vine.createRule((value, _options, field) => {
  if (typeof value !== 'string') return
  const names = splitTags(value)
  if (names.length > MAX_TAGS) {
    return field.report('Too many tags', 'tagCount', field, { max: MAX_TAGS })
  }
  if (names.some((name) => name.length > TAG_MAX_LENGTH)) {
    return field.report('A tag is too long', 'tagLength', field, { max: TAG_MAX_LENGTH })
  }
})

/** An image upload that the editing user may show: public, their own, or any for an admin. */
export const usableCover = vine.createRule(
  async (value, _options, field) => {
    if (typeof value !== 'number') return
    const { userId, isAdmin } = field.meta as EditMeta
    const cover = await findUsableCover(value, { userId: userId ?? null, isAdmin: !!isAdmin })
    if (!cover) field.report('The cover is not usable', 'usableCover', field)
  },
  { isAsync: true }
)

/** An ISO date and time (a datetime-local input sends one without zone: read as UTC). */
export const utcDateTime = vine.createRule((value, _options, field) => {
  if (typeof value !== 'string') return
  if (!readUtc(value).isValid) field.report('The date is not valid', 'date', field)
})

export const readUtc = (value: string) => DateTime.fromISO(value, { zone: 'utc' })

/** Tag names from "a, b ,, a": trimmed, inner spaces collapsed, empty and repeated ones dropped. */
export function splitTags(text: string): string[] {
  const names = text
    .split(',')
    .map((name) => name.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
  const seen = new Set<string>()
  return names.filter((name) => {
    const key = name.toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
