import type { HttpContext } from '@adonisjs/core/http'
import type Content from '#models/content'
import ContentPolicy from '#policies/content_policy'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import SaveAndMoveContent from '#actions/contents/save_and_move_content'
import { editorPage, loadForEditor, newDraftOf } from '#support/content_editor_view'
import {
  pathAfterSave,
  refuse,
  requestedMove,
  routeContent,
  statusChangedMessage,
  validContentInput,
  type AllowedMove,
} from '#support/content_editor_requests'

/**
 * The content editor (SPEC 5.1): write a new item or revise one. A status
 * button in the form (`to`) saves first, then makes that workflow move.
 */
export default class ContentEditorController {
  async create(ctx: HttpContext) {
    await ctx.bouncer.with(ContentPolicy).authorize('create')
    return ctx.view.render('pages/admin/contents/editor', await editorPage(ctx, null))
  }

  async store(ctx: HttpContext) {
    await ctx.bouncer.with(ContentPolicy).authorize('create')
    const formPath = '/admin/contents/new'
    const move = await requestedMove(ctx, newDraftOf(ctx.auth.getUserOrFail()))
    if (move && 'refusal' in move) return refuse(ctx, move.refusal, formPath)
    const input = await validContentInput(ctx, null)
    if (!input) return ctx.response.redirect().toPath(formPath)

    const content = await new SaveAndMoveContent().handle(
      null,
      input,
      move?.to ?? null,
      RecordAuditEvent.actorOf(ctx)
    )
    return this.finish(ctx, content, move, 'created')
  }

  async edit(ctx: HttpContext) {
    const content = await routeContent(ctx)
    await ctx.bouncer.with(ContentPolicy).authorize('edit', content)
    await loadForEditor(content)
    return ctx.view.render('pages/admin/contents/editor', await editorPage(ctx, content))
  }

  async update(ctx: HttpContext) {
    const content = await routeContent(ctx)
    await ctx.bouncer.with(ContentPolicy).authorize('edit', content)
    const formPath = `/admin/contents/${content.id}/edit`
    const move = await requestedMove(ctx, content)
    if (move && 'refusal' in move) return refuse(ctx, move.refusal, formPath)
    const input = await validContentInput(ctx, content)
    if (!input) return ctx.response.redirect().toPath(formPath)

    await new SaveAndMoveContent().handle(
      content,
      input,
      move?.to ?? null,
      RecordAuditEvent.actorOf(ctx)
    )
    return this.finish(ctx, content, move, 'saved')
  }

  /** Says what happened, then goes where the writer may still work. */
  protected async finish(
    ctx: HttpContext,
    content: Content,
    move: AllowedMove | null,
    saved: 'created' | 'saved'
  ) {
    const notice = move
      ? statusChangedMessage(ctx, content, move.to)
      : ctx.i18n.t(`content_admin.editor.flash.${saved}`, { title: content.title })
    ctx.session.flash('success', notice)
    return ctx.response.redirect().toPath(await pathAfterSave(ctx, content))
  }
}
