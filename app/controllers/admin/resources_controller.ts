import type { HttpContext } from '@adonisjs/core/http'
import vine from '@vinejs/vine'
import { Exception } from '@adonisjs/core/exceptions'
import type { LucidRow } from '@adonisjs/lucid/types/model'
import { loadFilterChoices, readListState } from '#panel/list_state'
import { fetchListPage, findRows } from '#panel/fetch_list'
import { listView } from '#panel/list_view'
import { offeredBulkActions, rowLinksFor } from '#panel/row_links'
import { editUrlOf } from '#panel/urls'
import { formView, detailView, rowActionsFor } from '#panel/record_view'
import { messagesFor, validatorFor } from '#panel/validation'
import { createRow, deleteRow, updateRow } from '#panel/persistence'
import {
  actionContext,
  authorize,
  policyOf,
  refusalMessage,
  resourceFrom,
  returnPath,
  rowFrom,
} from '#panel/context'
import type { ResourceDefinition } from '#panel/types'

const bulkValidator = vine.create({
  action: vine.string().maxLength(60),
  // One ticked box arrives as a single value rather than a list.
  ids: vine
    .array(vine.number().withoutDecimals().positive())
    .parse((value) => (value === undefined || Array.isArray(value) ? value : [value]))
    .minLength(1)
    .maxLength(500)
    .distinct(),
  confirmed: vine.boolean().optional(),
})

/**
 * Serves every declared admin resource: list, create, show, edit, delete,
 * row actions and bulk actions, each authorized by the resource's policy.
 */
export default class ResourcesController {
  async index(ctx: HttpContext) {
    const resource = resourceFrom(ctx)
    const policy = await policyOf(ctx, resource)
    await policy.authorize('viewAny' as never)
    const choices = await loadFilterChoices(resource, ctx)
    const { state, problems } = readListState(resource, ctx.request.qs(), choices)
    const page = await fetchListPage(resource, state, ctx)
    if (problems.length > 0) ctx.response.status(400)
    return ctx.view.render('pages/panel/index', {
      list: listView(ctx, resource, state, page, problems, {
        can: {
          create: await policy.allows('create' as never),
          bulk: await offeredBulkActions(resource, page.all(), policy),
        },
        choices,
        rowLinks: await rowLinksFor(ctx, resource, page.all(), policy),
      }),
    })
  }

  async create(ctx: HttpContext) {
    const resource = resourceFrom(ctx)
    if (!resource.pages.create) return ctx.response.notFound()
    await authorize(ctx, resource, 'create')
    return ctx.view.render('pages/panel/form', formView(ctx, resource, null))
  }

  async store(ctx: HttpContext) {
    const resource = resourceFrom(ctx)
    if (!resource.pages.create) return ctx.response.notFound()
    await authorize(ctx, resource, 'create')
    const input = await this.validateForm(ctx, resource, 'create', null)
    const row = await createRow(resource, input, actionContext(ctx))
    ctx.session.flash('success', ctx.i18n.t('panel.flash.created', this.names(ctx, resource, row)))
    return ctx.response.redirect().toPath(`/admin/${resource.name}/${(row as any).id}`)
  }

  async show(ctx: HttpContext) {
    const resource = resourceFrom(ctx)
    const row = await rowFrom(ctx, resource)
    const policy = await policyOf(ctx, resource)
    await policy.authorize('view' as never, row as never)
    return ctx.view.render('pages/panel/show', {
      ...detailView(ctx, resource, row),
      can: {
        edit:
          editUrlOf(resource, row) !== null && (await policy.allows('edit' as never, row as never)),
        delete: resource.pages.delete && (await policy.allows('delete' as never, row as never)),
      },
      actions: await rowActionsFor(ctx, resource, row, policy),
    })
  }

  async edit(ctx: HttpContext) {
    const resource = resourceFrom(ctx)
    if (!resource.pages.edit) return ctx.response.notFound()
    const row = await rowFrom(ctx, resource)
    await authorize(ctx, resource, 'edit', row)
    return ctx.view.render('pages/panel/form', formView(ctx, resource, row))
  }

  async update(ctx: HttpContext) {
    const resource = resourceFrom(ctx)
    if (!resource.pages.edit) return ctx.response.notFound()
    const row = await rowFrom(ctx, resource)
    await authorize(ctx, resource, 'edit', row)
    const input = await this.validateForm(ctx, resource, 'edit', row)
    try {
      await updateRow(resource, row, input, actionContext(ctx))
    } catch (error) {
      return this.refuse(ctx, error)
    }
    ctx.session.flash('success', ctx.i18n.t('panel.flash.updated', this.names(ctx, resource, row)))
    return ctx.response.redirect().toPath(`/admin/${resource.name}/${(row as any).id}`)
  }

  async confirmDelete(ctx: HttpContext) {
    const resource = resourceFrom(ctx)
    if (!resource.pages.delete) return ctx.response.notFound()
    const row = await rowFrom(ctx, resource)
    await authorize(ctx, resource, 'delete', row)
    return ctx.view.render('pages/panel/confirm', {
      ...this.names(ctx, resource, row),
      resource: { name: resource.name, plural: ctx.i18n.t(`${resource.labelKey}.plural`) },
      question: ctx.i18n.t('panel.delete.question', this.names(ctx, resource, row)),
      action: `/admin/${resource.name}/${(row as any).id}/delete`,
      button: ctx.i18n.t('panel.delete.button'),
      destructive: true,
      cancelUrl: `/admin/${resource.name}/${(row as any).id}`,
      fields: [],
      hidden: [],
    })
  }

  async destroy(ctx: HttpContext) {
    const resource = resourceFrom(ctx)
    if (!resource.pages.delete) return ctx.response.notFound()
    const row = await rowFrom(ctx, resource)
    const refusal = await this.policyRefusal(ctx, resource, 'delete', row)
    if (refusal) return this.refuseWith(ctx, refusal)
    const names = this.names(ctx, resource, row)
    try {
      await deleteRow(resource, row, actionContext(ctx))
    } catch (error) {
      return this.refuse(ctx, error)
    }
    ctx.session.flash('success', ctx.i18n.t('panel.flash.deleted', names))
    return ctx.response.redirect().toPath(`/admin/${resource.name}`)
  }

  async confirmAction(ctx: HttpContext) {
    const resource = resourceFrom(ctx)
    const action = this.rowAction(resource, ctx.params.action)
    const row = await rowFrom(ctx, resource)
    await authorize(ctx, resource, action.ability, row)
    const names = this.names(ctx, resource, row)
    return ctx.view.render('pages/panel/confirm', {
      ...names,
      resource: { name: resource.name, plural: ctx.i18n.t(`${resource.labelKey}.plural`) },
      question: ctx.i18n.t(`${action.labelKey}_question`, names),
      action: `/admin/${resource.name}/${(row as any).id}/actions/${action.name}`,
      button: ctx.i18n.t(action.labelKey),
      destructive: action.destructive,
      cancelUrl: `/admin/${resource.name}/${(row as any).id}`,
      fields: formView(ctx, resource, row, action.inputs ?? []).fields,
      hidden: [],
    })
  }

  async runAction(ctx: HttpContext) {
    const resource = resourceFrom(ctx)
    const action = this.rowAction(resource, ctx.params.action)
    const row = await rowFrom(ctx, resource)
    const refusal = await this.policyRefusal(ctx, resource, action.ability, row)
    if (refusal) return this.refuseWith(ctx, refusal)
    const Model = await resource.model()
    const input = action.inputs?.length
      ? await validatorFor(action.inputs, Model.table).validate(ctx.request.all(), {
          meta: { recordId: (row as any).id },
          messagesProvider: messagesFor(ctx, action.inputs),
        })
      : {}
    const names = this.names(ctx, resource, row)
    try {
      const result = await action.handle(row, input, actionContext(ctx))
      const key = (result && result.messageKey) || action.successKey
      ctx.session.flash('success', ctx.i18n.t(key, { ...names, ...result?.messageData }))
    } catch (error) {
      return this.refuse(ctx, error)
    }
    return ctx.response.redirect().toPath(`/admin/${resource.name}/${(row as any).id}`)
  }

  /**
   * Bulk actions post twice: first the selection, answered by a page that
   * names every selected row, then the confirmation. Each row is checked
   * against the policy on its own; rows refused are skipped and counted.
   */
  async bulk(ctx: HttpContext) {
    const resource = resourceFrom(ctx)
    const policy = await policyOf(ctx, resource)
    await policy.authorize('viewAny' as never)
    const back = returnPath(ctx, resource)
    const parsed = await bulkValidator.tryValidate(ctx.request.all())
    const input = parsed[1]
    const action =
      input && resource.bulkActions.find((candidate) => candidate.name === input.action)
    if (!input || !action) {
      ctx.session.flash(
        'error',
        ctx.i18n.t(input ? 'panel.bulk.unknown_action' : 'panel.bulk.nothing_selected')
      )
      return ctx.response.redirect().toPath(back)
    }
    const rows = await findRows(resource, input.ids, ctx)
    if (rows.length === 0) {
      ctx.session.flash('error', ctx.i18n.t('panel.bulk.nothing_selected'))
      return ctx.response.redirect().toPath(back)
    }

    if (!input.confirmed) {
      return ctx.view.render('pages/panel/confirm', {
        resource: { name: resource.name, plural: ctx.i18n.t(`${resource.labelKey}.plural`) },
        question: ctx.i18n.t('panel.bulk.question', {
          action: ctx.i18n.t(action.labelKey),
          count: rows.length,
        }),
        items: rows.map((row) => resource.recordTitle(row)),
        action: `/admin/${resource.name}/bulk`,
        button: ctx.i18n.t(action.labelKey),
        destructive: action.destructive,
        cancelUrl: back,
        fields: [],
        hidden: [
          { name: 'action', value: action.name },
          { name: 'confirmed', value: '1' },
          { name: 'returnTo', value: back },
          ...rows.map((row) => ({ name: 'ids[]', value: String((row as any).id) })),
        ],
      })
    }

    const context = actionContext(ctx)
    let done = 0
    const refused: string[] = []
    for (const row of rows) {
      const allowed = await policy.allows(action.ability as never, row as never)
      if (!allowed) {
        refused.push(resource.recordTitle(row))
        continue
      }
      try {
        await action.handle(row, context)
        done++
      } catch (error) {
        if (!refusalMessage(ctx, error)) throw error
        refused.push(resource.recordTitle(row))
      }
    }
    ctx.session.flash('success', ctx.i18n.t(action.successKey, { count: done }))
    if (refused.length > 0) {
      ctx.session.flash(
        'error',
        ctx.i18n.t('panel.bulk.skipped', { count: refused.length, names: refused.join(', ') })
      )
    }
    return ctx.response.redirect().toPath(back)
  }

  protected rowAction(resource: ResourceDefinition, name: string) {
    const action = resource.rowActions.find((candidate) => candidate.name === name)
    if (!action) throw new Exception('Unknown action', { status: 404 })
    return action
  }

  /**
   * Policies may refuse with a reason and a status other than 403 (the last
   * administrator): those come back to the page as a message.
   */
  protected async policyRefusal(
    ctx: HttpContext,
    resource: ResourceDefinition,
    ability: string,
    row: LucidRow
  ): Promise<string | null> {
    const policy = await policyOf(ctx, resource)
    const response = await policy.execute(ability as never, row as never)
    if (response.authorized) return null
    if (!response.status || response.status === 403) {
      await policy.authorize(ability as never, row as never)
    }
    return response.translation
      ? ctx.i18n.t(response.translation.identifier, response.translation.data, response.message)
      : (response.message ?? null)
  }

  protected async validateForm(
    ctx: HttpContext,
    resource: ResourceDefinition,
    mode: 'create' | 'edit',
    row: LucidRow | null
  ) {
    const fields = Object.values(resource.fields).filter((field) => field.show[mode])
    const Model = await resource.model()
    const input: Record<string, unknown> = await validatorFor(fields, Model.table).validate(
      ctx.request.all(),
      {
        meta: { recordId: row ? (row as any).id : null },
        messagesProvider: messagesFor(ctx, fields),
      }
    )
    // An unticked checkbox sends nothing: in a form, absent means false.
    for (const field of fields) {
      if (field.type === 'boolean' && input[field.attribute] === undefined)
        input[field.attribute] = false
    }
    return input
  }

  protected refuse(ctx: HttpContext, error: unknown) {
    const message = refusalMessage(ctx, error)
    if (!message) throw error
    return this.refuseWith(ctx, message)
  }

  protected refuseWith(ctx: HttpContext, message: string) {
    ctx.session.flash('error', message)
    return ctx.response.redirect().back()
  }

  protected names(ctx: HttpContext, resource: ResourceDefinition, row: LucidRow) {
    return {
      resource: ctx.i18n.t(`${resource.labelKey}.singular`),
      title: resource.recordTitle(row),
    }
  }
}
