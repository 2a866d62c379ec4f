import type { HttpContext } from '@adonisjs/core/http'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import ContentRevision from '#models/content_revision'
import ContentPolicy from '#policies/content_policy'
import RestoreRevision from '#actions/contents/restore_revision'
import { revisionPage } from '#support/content_revision_view'
import { displayDate } from '#support/content_editor_view'
import { routeContent } from '#support/content_editor_requests'

/** One revision of an item: what changed since, and putting it back (SPEC 5.1). */
export default class ContentRevisionsController {
  async show(ctx: HttpContext) {
    const content = await routeContent(ctx)
    await ctx.bouncer.with(ContentPolicy).authorize('view', content)
    const revision = await this.revisionOf(ctx, content.id)
    return ctx.view.render(
      'pages/admin/contents/revision',
      await revisionPage(ctx, content, revision)
    )
  }

  async restore(ctx: HttpContext) {
    const content = await routeContent(ctx)
    await ctx.bouncer.with(ContentPolicy).authorize('restoreRevision', content)
    const revision = await this.revisionOf(ctx, content.id)
    const revisionPath = `/admin/contents/${content.id}/revisions/${revision.id}`
    // Without the script's confirmation dialog, the revision page asks instead.
    if (ctx.request.input('confirmed') !== '1') return ctx.response.redirect().toPath(revisionPath)

    await new RestoreRevision().handle(content, revision, RecordAuditEvent.actorOf(ctx))
    const date = displayDate(ctx, revision.createdAt)
    ctx.session.flash('success', ctx.i18n.t('content_admin.revisions.restored', { date }))
    return ctx.response.redirect().toPath(`/admin/contents/${content.id}/edit`)
  }

  /** The route's revision, which must belong to the route's item. */
  protected revisionOf(ctx: HttpContext, contentId: number) {
    return ContentRevision.query()
      .where('id', ctx.params.revisionId)
      .where('content_id', contentId)
      .preload('author')
      .firstOrFail()
  }
}
