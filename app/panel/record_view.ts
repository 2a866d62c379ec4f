import type { HttpContext } from '@adonisjs/core/http'
import type { LucidRow } from '@adonisjs/lucid/types/model'
import type { FieldDefinition, ResourceDefinition } from '#panel/types'
import { displayValue, formValue } from '#panel/present'
import { editUrlOf } from '#panel/urls'

/** A form input as the template draws it. */
function inputFor(ctx: HttpContext, field: FieldDefinition, row: LucidRow | null) {
  const t = (key: string) => ctx.i18n.t(key)
  return {
    name: field.attribute,
    type: field.type,
    label: t(field.labelKey),
    hint: field.hintKey ? t(field.hintKey) : undefined,
    required: field.required && field.type !== 'boolean',
    value: formValue(row, field),
    maxLength: field.maxLength,
    min: field.min,
    max: field.max,
    choices: (field.choices ?? []).map((choice) => ({
      value: choice,
      label: field.choiceLabelPrefix ? t(field.choiceLabelPrefix + choice) : choice,
    })),
  }
}

/** The create form (no row) or the edit form, or an action's inputs when fields are given. */
export function formView(
  ctx: HttpContext,
  resource: ResourceDefinition,
  row: LucidRow | null,
  only?: FieldDefinition[]
) {
  const mode = row ? 'edit' : 'create'
  const fields = only ?? Object.values(resource.fields).filter((field) => field.show[mode])
  const base = `/admin/${resource.name}`
  const id = row ? (row as any).id : null
  const singular = ctx.i18n.t(`${resource.labelKey}.singular`)
  return {
    resource: { name: resource.name, plural: ctx.i18n.t(`${resource.labelKey}.plural`), singular },
    heading: row
      ? ctx.i18n.t('panel.form.edit_title', {
          resource: singular,
          title: resource.recordTitle(row),
        })
      : ctx.i18n.t('panel.form.create_title', { resource: singular }),
    action: row ? `${base}/${id}/edit` : base,
    cancelUrl: row ? `${base}/${id}` : base,
    fields: fields.map((field) => inputFor(ctx, field, row)),
  }
}

/** The detail page's label/value pairs. */
export function detailView(ctx: HttpContext, resource: ResourceDefinition, row: LucidRow) {
  const base = `/admin/${resource.name}`
  const id = (row as any).id
  return {
    resource: {
      name: resource.name,
      plural: ctx.i18n.t(`${resource.labelKey}.plural`),
      singular: ctx.i18n.t(`${resource.labelKey}.singular`),
    },
    title: resource.recordTitle(row),
    urls: { list: base, edit: editUrlOf(resource, row), delete: `${base}/${id}/delete` },
    entries: Object.values(resource.fields)
      .filter((field) => field.show.detail)
      .map((field) => ({
        name: field.attribute,
        label: ctx.i18n.t(field.labelKey),
        text: displayValue(ctx, row, field),
      })),
  }
}

/**
 * The row actions the signed-in user may run on this row. Actions without
 * confirmation post straight from the detail page; the others open their
 * confirmation page first.
 */
export async function rowActionsFor(
  ctx: HttpContext,
  resource: ResourceDefinition,
  row: LucidRow,
  policy: { allows: (ability: never, ...args: never[]) => Promise<boolean> }
) {
  const base = `/admin/${resource.name}/${(row as any).id}/actions`
  const shown = []
  for (const action of resource.rowActions) {
    if (action.visible && !action.visible(row)) continue
    if (!(await policy.allows(action.ability as never, row as never))) continue
    shown.push({
      name: action.name,
      label: ctx.i18n.t(action.labelKey),
      url: `${base}/${action.name}`,
      confirm: action.confirm,
      destructive: action.destructive,
    })
  }
  return shown
}
