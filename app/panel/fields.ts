import type { FieldDefinition, FieldType, FieldVisibility } from '#panel/types'

/** What a declaration writes for a field; the attribute and column come from its key. */
export type FieldDeclaration = Omit<FieldDefinition, 'attribute' | 'column'> & {
  column?: string
}

type CommonOptions = {
  label: string
  hint?: string
  required?: boolean
  readOnly?: boolean
  /** Visibility; `true` everywhere, or per place. Defaults suit the type. */
  show?: Partial<FieldVisibility> | boolean
  sortable?: boolean
  searchable?: boolean
  unique?: boolean
  rules?: string[]
  column?: string
  compute?: (row: any) => unknown
  /** In the list, draws the value as a badge (enum-like values). */
  badge?: boolean
}

type TextOptions = CommonOptions & {
  minLength?: number
  maxLength?: number
  pattern?: { source: string; message: string }
}

type NumberOptions = CommonOptions & { min?: number; max?: number }

type EnumOptions = CommonOptions & { choices: readonly string[]; choiceLabels?: string }

const EVERYWHERE: FieldVisibility = { list: true, create: true, edit: true, detail: true }

function build(type: FieldType, options: CommonOptions, defaults: Partial<FieldVisibility> = {}) {
  const show =
    typeof options.show === 'boolean'
      ? { list: options.show, create: options.show, edit: options.show, detail: options.show }
      : { ...EVERYWHERE, ...defaults, ...options.show }
  const readOnly = options.readOnly ?? Boolean(options.compute)
  if (readOnly) {
    show.create = false
    show.edit = false
  }
  return {
    type,
    labelKey: options.label,
    hintKey: options.hint,
    required: options.required ?? false,
    readOnly,
    show,
    sortable: options.sortable ?? false,
    searchable: options.searchable ?? false,
    unique: options.unique ?? false,
    rules: options.rules ?? [],
    column: options.column,
    compute: options.compute,
    badge: options.badge,
  } satisfies FieldDeclaration
}

function textual(type: FieldType, options: TextOptions, defaults?: Partial<FieldVisibility>) {
  return {
    ...build(type, options, defaults),
    minLength: options.minLength,
    maxLength: options.maxLength ?? 255,
    pattern: options.pattern
      ? { source: options.pattern.source, messageKey: options.pattern.message }
      : undefined,
  }
}

/** Field builders for resource declarations. */
export const field = {
  text: (options: TextOptions): FieldDeclaration => textual('text', options),
  email: (options: TextOptions): FieldDeclaration => textual('email', options),
  textarea: (options: TextOptions): FieldDeclaration =>
    textual('textarea', { maxLength: 10_000, ...options }, { list: false }),
  /** Write-only: never listed, shown or read back into a form. */
  password: (options: TextOptions): FieldDeclaration =>
    textual('password', options, { list: false, detail: false, edit: false }),
  integer: (options: NumberOptions): FieldDeclaration => ({
    ...build('integer', options),
    min: options.min,
    max: options.max,
  }),
  number: (options: NumberOptions): FieldDeclaration => ({
    ...build('number', options),
    min: options.min,
    max: options.max,
  }),
  boolean: (options: CommonOptions): FieldDeclaration => build('boolean', options),
  enum: (options: EnumOptions): FieldDeclaration => ({
    ...build('enum', options),
    choices: options.choices,
    choiceLabelPrefix: options.choiceLabels,
  }),
  /** Dates are shown; forms do not edit them unless `readOnly: false` is given. */
  datetime: (options: CommonOptions): FieldDeclaration =>
    build('datetime', { readOnly: true, ...options }),
}
