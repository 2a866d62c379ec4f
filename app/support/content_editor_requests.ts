import type { HttpContext } from '@adonisjs/core/http'
import type { HttpError } from '@adonisjs/core/types/http'
import Content, { CONTENT_STATUSES, type ContentStatus } from '#models/content'
import ContentPolicy from '#policies/content_policy'
import type { ContentInput } from '#actions/contents/save_content'
import { canTransition } from '#actions/contents/workflow'
import { contentInputFrom, contentValidationOptions, contentValidator } from '#validators/content'

/** A workflow move a form asked for: allowed, or refused with a message for the writer. */
export type AllowedMove = { to: ContentStatus }
export type RequestedMove = AllowedMove | { refusal: string }

/** The item the route names, or a 404. */
export function routeContent(ctx: HttpContext) {
  return Content.findOrFail(ctx.params.id)
}

/**
 * The move in the form's `to` field, checked before anything is saved:
 * null when none is asked. A status the workflow cannot reach from here
 * is refused with a message for the form (before the policy, whose 403
 * would hide why); a move this user may not make is a 403. The actions
 * check the workflow again for every other caller.
 */
export async function requestedMove(
  ctx: HttpContext,
  content: Content
): Promise<RequestedMove | null> {
  const to = ctx.request.input('to')
  if (to === undefined || to === null || to === '') return null
  if (!CONTENT_STATUSES.includes(to)) {
    return { refusal: ctx.i18n.t('content_admin.editor.errors.unknown_status') }
  }
  if (!canTransition(content.status, to)) {
    return { refusal: ctx.i18n.t('contents.errors.transition', { from: content.status, to }) }
  }
  await ctx.bouncer.with(ContentPolicy).authorize('changeStatus', content, to)
  return { to }
}

/** Back to the form with a message, the typed input kept and nothing saved. */
export function refuse(ctx: HttpContext, message: string, formPath: string) {
  ctx.session.flashExcept(['_csrf'])
  ctx.session.flash('error', message)
  return ctx.response.redirect().toPath(formPath)
}

/** The form's input for SaveContent, or null after sending the errors back to the form. */
export async function validContentInput(
  ctx: HttpContext,
  content: Content | null
): Promise<ContentInput | null> {
  const [error, data] = await ctx.request.tryValidateUsing(
    contentValidator,
    contentValidationOptions(ctx, content)
  )
  if (error) {
    ctx.session.flashValidationErrors(error as unknown as HttpError)
    return null
  }
  return contentInputFrom(data)
}

/** Where a writer lands after a save: the editor, unless the item is no longer theirs to edit. */
export async function pathAfterSave(ctx: HttpContext, content: Content) {
  const canEdit = await ctx.bouncer.with(ContentPolicy).allows('edit', content)
  return canEdit ? `/admin/contents/${content.id}/edit` : '/admin/contents'
}

/** The notice after a workflow move. */
export function statusChangedMessage(ctx: HttpContext, content: Content, to: ContentStatus) {
  return ctx.i18n.t('content_admin.editor.flash.status_changed', {
    title: content.title,
    status: ctx.i18n.t(`contents.statuses.${to}`),
  })
}
