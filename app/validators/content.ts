import vine from '@vinejs/vine'
import type { HttpContext } from '@adonisjs/core/http'
import type { I18n } from '@adonisjs/i18n'
import type Content from '#models/content'
import type User from '#models/user'
import type { ContentInput } from '#actions/contents/save_content'
import {
  freeSlug,
  readUtc,
  splitTags,
  tagList,
  usableCover,
  utcDateTime,
} from '#validators/rules/content_rules'

/*
| Messages come from resources/lang/<locale>/contents.json under
| "validator": pass `contentValidationOptions(ctx, content)` (or
| `contentMessages(i18n)` with your own meta) to validateUsing.
*/

/** The item being edited (its own slug stays free) and who edits it (which covers they may use). */
export type ContentValidatorMeta = {
  contentId: number | null
  userId: number | null
  isAdmin: boolean
}

/** One ticked box arrives as a single value rather than a list. */
const asList = (value: unknown) =>
  value === undefined || value === null || Array.isArray(value) ? value : [value]

/** The content editor's form (SPEC 5.1). `publishAt` is a datetime-local read as UTC. */
export const contentValidator = vine.withMetaData<ContentValidatorMeta>().create({
  title: vine.string().trim().minLength(1).maxLength(200),
  slug: vine.string().trim().maxLength(200).use(freeSlug()).nullable().optional(),
  excerpt: vine.string().trim().maxLength(1000).nullable().optional(),
  body: vine.string().maxLength(2_000_000).nullable().optional(),
  categoryIds: vine
    .array(vine.number().withoutDecimals().positive().exists({ table: 'categories', column: 'id' }))
    .parse(asList)
    .distinct()
    .maxLength(50)
    .optional(),
  tags: vine
    .string()
    .trim()
    .maxLength(2000)
    .use(tagList())
    // VineJS runs the transform on null too (a blank field): no tags then.
    .transform((value) => (value ? splitTags(value) : []))
    .nullable()
    .optional(),
  coverUploadId: vine
    .number()
    .withoutDecimals()
    .positive()
    .use(usableCover())
    .nullable()
    .optional(),
  seoTitle: vine.string().trim().maxLength(200).nullable().optional(),
  seoDescription: vine.string().trim().maxLength(320).nullable().optional(),
  publishAt: vine
    .string()
    .trim()
    .maxLength(40)
    .use(utcDateTime())
    // VineJS runs the transform on null too (a blank field): keep it null.
    .transform((value) => (value ? readUtc(value) : null))
    .nullable()
    .optional(),
})

/** Messages of the content form in the reader's language. */
export function contentMessages(i18n: I18n) {
  return i18n.createMessagesProvider('contents.validator')
}

/** What `validateUsing(contentValidator, …)` needs for this request and item. */
export function contentValidationOptions(ctx: HttpContext, content: Content | null) {
  const user = ctx.auth.user as User | undefined
  return {
    meta: {
      contentId: content?.id ?? null,
      userId: user?.id ?? null,
      isAdmin: user?.isAdmin ?? false,
    },
    messagesProvider: contentMessages(ctx.i18n),
  }
}

type ValidatedContent = Awaited<ReturnType<typeof contentValidator.validate>>

/** The validated form as SaveContent's input: a blank slug or body, no tags, no categories. */
export function contentInputFrom(data: ValidatedContent): ContentInput {
  return {
    title: data.title,
    slug: data.slug ?? null,
    excerpt: data.excerpt ?? null,
    body: data.body ?? '',
    categoryIds: data.categoryIds ?? [],
    tagNames: data.tags ?? [],
    coverUploadId: data.coverUploadId ?? null,
    seoTitle: data.seoTitle ?? null,
    seoDescription: data.seoDescription ?? null,
    publishAt: data.publishAt ?? null,
  }
}
