import vine from '@vinejs/vine'
import type { HttpContext } from '@adonisjs/core/http'
import type { FieldContext, MessagesProviderContact } from '@vinejs/vine/types'
import type { DatabaseQueryBuilderContract } from '@adonisjs/lucid/types/querybuilder'
import type { FieldDefinition } from '#panel/types'
import { strongPassword } from '#validators/rules/strong_password'

/** Rules a field names in `rules` because a generator cannot describe them as data. */
const NAMED_RULES: Record<string, (schema: any) => any> = {
  strongPassword: (schema) => schema.use(strongPassword()),
}

export type ValidationMeta = { recordId: number | null }

function exceptEditedRow(
  query: DatabaseQueryBuilderContract,
  _value: unknown,
  field: FieldContext
) {
  const recordId = (field.meta as Partial<ValidationMeta>).recordId
  if (recordId) query.whereNot('id', recordId)
}

function textSchema(field: FieldDefinition, table: string) {
  let schema = field.type === 'password' ? vine.string() : vine.string().trim()
  if (field.type === 'email') schema = schema.email().normalizeEmail({ all_lowercase: true })
  if (field.minLength) schema = schema.minLength(field.minLength)
  if (field.maxLength) schema = schema.maxLength(field.maxLength)
  if (field.pattern) schema = schema.regex(new RegExp(field.pattern.source))
  if (field.unique) {
    schema = schema.unique({
      table,
      column: field.column,
      caseInsensitive: true,
      filter: exceptEditedRow,
    })
  }
  return schema
}

function numberSchema(field: FieldDefinition) {
  let schema = vine.number()
  if (field.type === 'integer') schema = schema.withoutDecimals()
  if (field.min !== undefined) schema = schema.min(field.min)
  if (field.max !== undefined) schema = schema.max(field.max)
  return schema
}

function fieldSchema(field: FieldDefinition, table: string) {
  let schema: any
  switch (field.type) {
    case 'integer':
    case 'number':
      schema = numberSchema(field)
      break
    case 'boolean':
      // Absent stays absent here: only an HTML form reads it as "false".
      return vine.boolean().optional()
    case 'enum':
      schema = vine.enum(field.choices ?? [])
      break
    case 'datetime':
      schema = vine.date({ formats: ['YYYY-MM-DDTHH:mm', 'YYYY-MM-DDTHH:mm:ss', 'iso8601'] })
      break
    default:
      schema = textSchema(field, table)
  }
  for (const rule of field.rules) {
    const apply = NAMED_RULES[rule]
    if (!apply) throw new Error(`Field "${field.attribute}" names unknown rule "${rule}"`)
    schema = apply(schema)
  }
  return field.required ? schema : schema.nullable().optional()
}

/** The validator of a form built from fields (the create or edit form, an action's inputs). */
export function validatorFor(fields: FieldDefinition[], table: string) {
  const properties = Object.fromEntries(
    fields.map((field) => [field.attribute, fieldSchema(field, table)])
  )
  return vine.withMetaData<ValidationMeta>().create(properties)
}

/**
 * Names fields by their translated labels in messages, so "The username
 * field is required" reads "The Nom d'utilisateur…" in French without a
 * per-field entry in the validator translations.
 */
export function messagesFor(ctx: HttpContext, fields: FieldDefinition[]): MessagesProviderContact {
  const base = ctx.i18n.createMessagesProvider()
  const labels = new Map(fields.map((field) => [field.attribute, ctx.i18n.t(field.labelKey)]))
  const patterns = new Map(
    fields.filter((field) => field.pattern).map((field) => [field.attribute, field.pattern!])
  )
  return {
    getMessage(message, rule, field, args) {
      const pattern = patterns.get(field.name as string)
      if (rule === 'regex' && pattern) return ctx.i18n.t(pattern.messageKey)
      const label = labels.get(field.name as string)
      return base.getMessage(message, rule, label ? { ...field, name: label } : field, args)
    },
  }
}
