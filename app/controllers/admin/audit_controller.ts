import { DateTime } from 'luxon'
import type { HttpContext } from '@adonisjs/core/http'
import { auditFiltersValidator } from '#validators/audit'
import { filtersAsQuery } from '#actions/audit/audit_filters'
import ListAuditEvents from '#actions/audit/list_audit_events'
import ExportAuditEvents from '#actions/audit/export_audit_events'
import ListAuditFilterChoices from '#actions/audit/list_audit_filter_choices'

/** The admin's view of the audit trail: filtered pages, and the same filters as CSV. */
export default class AuditController {
  async index(ctx: HttpContext) {
    await ctx.bouncer.authorize('accessAdmin')
    const [errors, filters] = await validFilters(ctx)
    const page = { input: filledQuery(ctx), choices: await new ListAuditFilterChoices().handle() }
    if (errors) {
      ctx.response.status(422)
      return ctx.view.render('pages/admin/audit', { ...page, errors })
    }

    const { page: pageNumber, ...chosen } = filters
    const query = filtersAsQuery(chosen)
    const entries = await new ListAuditEvents().handle(chosen, pageNumber)
    entries.baseUrl('/admin/audit').queryString(query)
    const search = new URLSearchParams(query).toString()
    const exportUrl = `/admin/audit/export.csv${search ? `?${search}` : ''}`
    return ctx.view.render('pages/admin/audit', { ...page, errors: {}, entries, exportUrl })
  }

  async export(ctx: HttpContext) {
    await ctx.bouncer.authorize('accessAdmin')
    const [errors, filters] = await validFilters(ctx)
    if (errors) return ctx.response.unprocessableEntity(Object.values(errors).flat().join('\n'))

    const name = `audit-${DateTime.utc().toFormat('yyyyMMdd-HHmmss')}.csv`
    ctx.response.type('text/csv', 'utf-8')
    ctx.response.header('content-disposition', `attachment; filename="${name}"`)
    ctx.response.stream(new ExportAuditEvents().handle({ format: 'csv', filters }))
  }
}

/** The query string without its empty fields (a GET form sends every field). */
function filledQuery(ctx: HttpContext): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(ctx.request.qs()).filter(([, value]) => value !== '' && value !== undefined)
  )
}

async function validFilters(ctx: HttpContext) {
  const [error, filters] = await auditFiltersValidator.tryValidate(filledQuery(ctx), {
    messagesProvider: ctx.i18n.createMessagesProvider('audit.validator'),
  })
  if (!error) return [null, filters] as const
  const errors: Record<string, string[]> = {}
  for (const { field, message } of error.messages as { field: string; message: string }[]) {
    ;(errors[field] ??= []).push(message)
  }
  return [errors, null] as const
}
