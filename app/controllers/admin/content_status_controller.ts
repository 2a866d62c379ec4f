import type { HttpContext } from '@adonisjs/core/http'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import ContentPolicy from '#policies/content_policy'
import ChangeContentStatus from '#actions/contents/change_content_status'
import {
  pathAfterSave,
  requestedMove,
  routeContent,
  statusChangedMessage,
} from '#support/content_editor_requests'

/** Moves an item along the workflow without touching its text (SPEC 5.4). */
export default class ContentStatusController {
  async update(ctx: HttpContext) {
    const content = await routeContent(ctx)
    await ctx.bouncer.with(ContentPolicy).authorize('view', content)
    const move = (await requestedMove(ctx, content)) ?? {
      refusal: ctx.i18n.t('content_admin.editor.errors.unknown_status'),
    }
    if ('refusal' in move) {
      ctx.session.flash('error', move.refusal)
      return ctx.response.redirect().toPath(await pathAfterSave(ctx, content))
    }

    await new ChangeContentStatus().handle(content, move.to, RecordAuditEvent.actorOf(ctx))
    ctx.session.flash('success', statusChangedMessage(ctx, content, move.to))
    return ctx.response.redirect().toPath(await pathAfterSave(ctx, content))
  }
}
