import { DateTime } from 'luxon'
import type { HttpContext } from '@adonisjs/core/http'
import Category from '#models/category'
import Content from '#models/content'
import type ContentRevision from '#models/content_revision'
import type User from '#models/user'
import ContentPolicy, { statusActions } from '#policies/content_policy'
import { jsonScriptElement } from '#support/script_json'

/** Dates on the editor pages: the site's dates are UTC, as the publish date field reads them. */
export function displayDate(ctx: HttpContext, date: DateTime) {
  return date
    .toUTC()
    .setLocale(ctx.i18n.locale)
    .toLocaleString({ ...DateTime.DATETIME_MED_WITH_SECONDS, timeZoneName: 'short' })
}

/** A new item as the policy sees it before its first save: the user's own draft. */
export function newDraftOf(user: User) {
  const draft = new Content()
  draft.status = 'draft'
  draft.authorId = user.id
  return draft
}

/** Whether a revision holds the item's current text, so restoring it would change nothing. */
export function sameText(content: Content, revision: ContentRevision) {
  return (
    revision.title === content.title &&
    (revision.excerpt ?? '') === (content.excerpt ?? '') &&
    revision.body === content.body
  )
}

function formValues(content: Content | null) {
  return {
    title: content?.title ?? '',
    slug: content?.slug ?? '',
    excerpt: content?.excerpt ?? '',
    body: content?.body ?? '',
    categoryIds: content?.categories.map((category) => category.id) ?? [],
    tags: content?.tags.map((tag) => tag.name).join(', ') ?? '',
    coverUploadId: content?.coverUploadId ?? null,
    seoTitle: content?.seoTitle ?? '',
    seoDescription: content?.seoDescription ?? '',
    publishAt: content?.publishAt?.toUTC().toFormat("yyyy-MM-dd'T'HH:mm") ?? '',
  }
}

function revisionRows(ctx: HttpContext, content: Content) {
  return content.revisions.map((revision) => ({
    id: revision.id,
    iso: revision.createdAt.toUTC().toISO(),
    date: displayDate(ctx, revision.createdAt),
    who: revision.author?.username ?? ctx.i18n.t('content_admin.revisions.unknown_author'),
    statusLabel: ctx.i18n.t(`contents.statuses.${revision.status}`),
    sameAsNow: sameText(content, revision),
    url: `/admin/contents/${content.id}/revisions/${revision.id}`,
    restoreUrl: `/admin/contents/${content.id}/revisions/${revision.id}/restore`,
  }))
}

/** Labels the editor's script needs, in the reader's language. */
function editorLabels(ctx: HttpContext) {
  const t = (key: string) => ctx.i18n.t(`content_admin.editor.${key}`)
  const names = ['label', 'bold', 'italic', 'strike', 'code', 'heading2', 'heading3', 'heading4']
  names.push('bulletList', 'orderedList', 'blockquote', 'codeBlock', 'horizontalRule')
  names.push('link', 'image', 'undo', 'redo')
  return {
    toolbar: Object.fromEntries(names.map((name) => [name, t(`toolbar.${name}`)])),
    placeholder: t('placeholder'),
    linkPrompt: t('link_prompt'),
    linkRejected: t('link_rejected'),
    imageAlt: t('image_alt'),
    // The script fills the placeholders in as the writer types.
    charCount: ctx.i18n.t('content_admin.editor.char_count', { count: '{count}', max: '{max}' }),
  }
}

/** Loads what the editor shows of an existing item: taxonomy, cover, revisions with their authors. */
export async function loadForEditor(content: Content) {
  await content.load((loader) => {
    loader
      .load('categories')
      .load('tags')
      .load('cover')
      .load('revisions', (query) => query.preload('author').orderBy('id', 'desc'))
  })
}

/** Everything the editor page (pages/admin/contents/editor) renders. */
export async function editorPage(ctx: HttpContext, content: Content | null) {
  const user = ctx.auth.getUserOrFail()
  const subject = content ?? newDraftOf(user)
  const isNew = content === null
  return {
    isNew,
    heading: isNew
      ? ctx.i18n.t('content_admin.editor.new_title')
      : ctx.i18n.t('content_admin.editor.edit_title', { title: subject.title }),
    action: isNew ? '/admin/contents/new' : `/admin/contents/${subject.id}/edit`,
    form: formValues(content),
    cover: content?.cover ?? null,
    categories: await Category.query().select('id', 'name').orderBy('name'),
    status: subject.status,
    statusLabel: ctx.i18n.t(`contents.statuses.${subject.status}`),
    scheduledFor: subject.isScheduled ? displayDate(ctx, subject.publishAt!) : null,
    saveLabel: ctx.i18n.t(
      `content_admin.editor.save.${isNew ? 'new' : subject.status === 'draft' ? 'draft' : 'other'}`
    ),
    statusButtons: statusActions(user, subject).map((action) => ({
      to: action.to,
      label: ctx.i18n.t(action.labelKey),
    })),
    revisions: content ? revisionRows(ctx, content) : [],
    canRestore: content
      ? await ctx.bouncer.with(ContentPolicy).allows('restoreRevision', content)
      : false,
    timeZone: 'UTC',
    editorLabels: jsonScriptElement('content-editor-labels', editorLabels(ctx)),
  }
}
