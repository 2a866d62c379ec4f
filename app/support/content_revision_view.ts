import type { HttpContext } from '@adonisjs/core/http'
import type Content from '#models/content'
import type ContentRevision from '#models/content_revision'
import ContentPolicy from '#policies/content_policy'
import { displayDate } from '#support/content_editor_view'
import { bodyLines, diffHtml, hasChanges, wordDiff } from '#support/revision_diff'

/** The changes from the revision's text to the item's current text, field by field. */
function fieldDiffs(ctx: HttpContext, content: Content, revision: ContentRevision) {
  const labels = {
    added: ctx.i18n.t('content_admin.revisions.added'),
    removed: ctx.i18n.t('content_admin.revisions.removed'),
    end: ctx.i18n.t('content_admin.revisions.end'),
  }
  const pairs = [
    ['title', 'content_admin.revisions.field_title', revision.title, content.title],
    [
      'excerpt',
      'content_admin.revisions.field_excerpt',
      revision.excerpt ?? '',
      content.excerpt ?? '',
    ],
    [
      'body',
      'content_admin.revisions.field_body',
      bodyLines(revision.body),
      bodyLines(content.body),
    ],
  ] as const
  return pairs.map(([name, labelKey, before, after]) => {
    const parts = wordDiff(before, after)
    return {
      name,
      label: ctx.i18n.t(labelKey),
      changed: hasChanges(parts),
      html: diffHtml(parts, labels),
    }
  })
}

/** Everything the revision page (pages/admin/contents/revision) renders. */
export async function revisionPage(ctx: HttpContext, content: Content, revision: ContentRevision) {
  const date = displayDate(ctx, revision.createdAt)
  const diffs = fieldDiffs(ctx, content, revision)
  return {
    heading: ctx.i18n.t('content_admin.revisions.page_title', { date }),
    content,
    revision: {
      title: revision.title,
      excerpt: revision.excerpt,
      body: revision.body,
      date,
      who: revision.author?.username ?? ctx.i18n.t('content_admin.revisions.unknown_author'),
      statusLabel: ctx.i18n.t(`contents.statuses.${revision.status}`),
    },
    diffs,
    changed: diffs.some((field) => field.changed),
    canRestore: await ctx.bouncer.with(ContentPolicy).allows('restoreRevision', content),
    canEdit: await ctx.bouncer.with(ContentPolicy).allows('edit', content),
    editUrl: `/admin/contents/${content.id}/edit`,
    restoreUrl: `/admin/contents/${content.id}/revisions/${revision.id}/restore`,
  }
}
