import vine, { type VineObject } from '@vinejs/vine'
import type { VineValidator } from '@vinejs/vine'

type ShapeError = { message: string; rule: string; field: string; meta?: Record<string, unknown> }

const validators = new WeakMap<VineObject<any, any, any, any>, VineValidator<any, any>>()

function validatorFor(schema: VineObject<any, any, any, any>) {
  let validator = validators.get(schema)
  if (!validator) {
    validator = vine.create(schema)
    validators.set(schema, validator)
  }
  return validator
}

/**
 * Parses JSON text and checks it against the setting's own schema; the
 * field's value becomes the parsed (and normalised) value. Errors in the
 * shape are reported as `jsonShape.<rule>` with the path inside the JSON,
 * so the messages file can phrase them for a person.
 */
export const jsonText = vine.createRule<{ schema: VineObject<any, any, any, any> }>(
  async (value, { schema }, field) => {
    if (typeof value !== 'string') return
    let parsed: unknown
    try {
      parsed = JSON.parse(value)
    } catch {
      field.report('The value is not valid JSON', 'json', field)
      return
    }
    const [error, result] = await validatorFor(schema).tryValidate(parsed)
    if (error) {
      const [first] = error.messages as ShapeError[]
      const path = first.field || '(root)'
      field.report(first.message, `jsonShape.${first.rule}`, field, { ...first.meta, path })
      return
    }
    field.mutate(result, field)
  }
)
