import type { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Content from '#models/content'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import type { Actor } from '#actions/users/actor'
import { bodyToText, sanitizeBody } from '#support/sanitize_body'
import { forgetPublicContent } from '#support/content_cache'
import { contentSlug } from '#actions/contents/content_slug'
import { assertUsableCover } from '#actions/contents/content_cover'
import { existingCategoryIds, tagIdsFor } from '#actions/contents/content_taxonomy'
import { changesBetween, snapshotOf, writeRevision } from '#actions/contents/content_history'

/**
 * What an editor saves. A field left undefined keeps its current value
 * (on a new item: empty). A null or blank slug is made from the title.
 */
export type ContentInput = {
  title: string
  slug?: string | null
  excerpt?: string | null
  body: string
  categoryIds?: number[]
  tagNames?: string[]
  coverUploadId?: number | null
  seoTitle?: string | null
  seoDescription?: string | null
  publishAt?: DateTime | null
}

/** How the audit entry of a save is named, for callers that save on behalf of another operation. */
export type SaveAudit = { event?: string; details?: Record<string, unknown> }

/**
 * Creates (content null: a draft by the actor) or updates an item, with its
 * taxonomy, a new revision and an audit entry, in one transaction. The
 * body is sanitised before it is stored.
 */
export default class SaveContent {
  async handle(
    content: Content | null,
    input: ContentInput,
    actor: Actor,
    audit: SaveAudit = {}
  ): Promise<Content> {
    const saved = await db.transaction(async (trx) => {
      const item = content ?? new Content()
      const before = content ? snapshotOf(content) : null
      item.useTransaction(trx)
      if (!content) {
        item.status = 'draft'
        item.authorId = actor.actorId ?? null
      }
      await this.fill(item, input, actor, trx)
      await item.save()
      if (input.categoryIds !== undefined) {
        await item
          .related('categories')
          .sync(await existingCategoryIds(input.categoryIds, trx), true, trx)
      }
      if (input.tagNames !== undefined) {
        await item.related('tags').sync(await tagIdsFor(input.tagNames, trx), true, trx)
      }
      await writeRevision(item, actor, trx)
      const { changes, body } = changesBetween(before, snapshotOf(item))
      await new RecordAuditEvent().handle(
        {
          ...actor,
          event: audit.event ?? (content ? 'content.updated' : 'content.created'),
          targetType: 'content',
          targetId: item.id,
          changes,
          details: { ...body, ...audit.details },
        },
        trx
      )
      return item
    })
    await forgetPublicContent()
    return saved
  }

  protected async fill(
    item: Content,
    input: ContentInput,
    actor: Actor,
    trx: TransactionClientContract
  ) {
    item.title = input.title.trim()
    item.body = sanitizeBody(input.body)
    item.bodyText = bodyToText(item.body)
    if (input.slug !== undefined || !item.slug) {
      item.slug = await contentSlug(item, input.slug ?? null, trx)
    }
    if (input.excerpt !== undefined) item.excerpt = input.excerpt?.trim() || null
    if (input.seoTitle !== undefined) item.seoTitle = input.seoTitle?.trim() || null
    if (input.seoDescription !== undefined) {
      item.seoDescription = input.seoDescription?.trim() || null
    }
    // Lucid writes dates in the server's zone and reads them back in it.
    if (input.publishAt !== undefined) {
      item.publishAt = input.publishAt?.toLocal().startOf('second') ?? null
    }
    if (input.coverUploadId !== undefined) {
      if (input.coverUploadId !== null) await assertUsableCover(input.coverUploadId, actor, trx)
      item.coverUploadId = input.coverUploadId
    }
  }
}
