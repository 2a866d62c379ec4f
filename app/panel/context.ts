import type { HttpContext } from '@adonisjs/core/http'
import { Exception } from '@adonisjs/core/exceptions'
import type { LucidRow } from '@adonisjs/lucid/types/model'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import type { ActionContext, ResourceDefinition } from '#panel/types'
import { findResource } from '#panel/registry'
import { scopedQuery } from '#panel/fetch_list'

/** The resource named by the URL, or a 404. */
export function resourceFrom(ctx: HttpContext): ResourceDefinition {
  const resource = findResource(ctx.params.resource)
  if (!resource) throw new Exception('Unknown resource', { status: 404 })
  return resource
}

/**
 * The row named by the URL, or a 404 (ids are positive integers only). A
 * row outside the resource's scope for this request is a 404 too: its
 * existence is none of the visitor's business.
 */
export async function rowFrom(ctx: HttpContext, resource: ResourceDefinition): Promise<LucidRow> {
  const id = String(ctx.params.id)
  if (!/^[1-9]\d{0,15}$/.test(id)) throw new Exception('Unknown record', { status: 404 })
  const { query } = await scopedQuery(resource, ctx)
  resource.preload?.(query)
  const row = await query.where('id', Number(id)).first()
  if (!row) throw new Exception('Unknown record', { status: 404 })
  return row
}

/** Who acts, for the audit trail and the actions. */
export function actionContext(ctx: HttpContext): ActionContext {
  return { ctx, actor: RecordAuditEvent.actorOf(ctx) }
}

/** The policy of a resource, bound to the signed-in user. */
export async function policyOf(ctx: HttpContext, resource: ResourceDefinition) {
  return ctx.bouncer.with(await resource.policy())
}

/** Throws the 403 unless the resource's policy allows the ability (on the row, if given). */
export async function authorize(
  ctx: HttpContext,
  resource: ResourceDefinition,
  ability: string,
  row?: LucidRow
) {
  const policy = await policyOf(ctx, resource)
  if (row) await policy.authorize(ability as never, row as never)
  else await policy.authorize(ability as never)
}

/**
 * Where to go back to after a form: the list URL the form came from when
 * it is one of this resource's lists (never another site), else the list.
 */
export function returnPath(ctx: HttpContext, resource: ResourceDefinition): string {
  const base = `/admin/${resource.name}`
  const wanted = ctx.request.input('returnTo')
  if (
    typeof wanted === 'string' &&
    (wanted === base || wanted.startsWith(`${base}?`) || wanted.startsWith(`${base}/`)) &&
    !wanted.includes('//', 1)
  ) {
    return wanted
  }
  return base
}

/**
 * A refusal the person can act on (the last administrator, a row that
 * changed meanwhile): the exception's 4xx status and a message to show.
 */
export function refusalMessage(ctx: HttpContext, error: unknown): string | null {
  if (!(error instanceof Exception) || !error.status || error.status < 400 || error.status >= 500) {
    return null
  }
  if (error.status === 404 || error.status === 403) return null
  // Exceptions that carry their own translation say it in the reader's language.
  const { messageKey, messageData } = error as { messageKey?: unknown; messageData?: any }
  if (typeof messageKey === 'string') return ctx.i18n.t(messageKey, messageData ?? {})
  const key = `panel.refusals.${error.code ?? ''}`
  return ctx.i18n.t(key, {}, error.message)
}
