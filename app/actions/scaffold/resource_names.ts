import string from '@adonisjs/core/helpers/string'

/** Every name a scaffolded resource needs, from the one the developer typed. */
export type ResourceNames = {
  /** `BlogPost`: the model class. */
  model: string
  /** `blog_post`: file names. */
  file: string
  /** `blog_posts`: the table and the translation file. */
  table: string
  /** `blog-posts`: the URL segment and resource name. */
  resource: string
  /** `blogPost`: variables in generated tests. */
  variable: string
  /** `blog post` / `blog posts`: labels. */
  singularLabel: string
  pluralLabel: string
}

const VALID = /^[A-Za-z][A-Za-z0-9_-]*$/

/** Null when the name cannot become a class name (digits first, spaces, symbols). */
export function resourceNames(input: string): ResourceNames | null {
  const trimmed = input.trim()
  if (!VALID.test(trimmed) || trimmed.length > 60) return null
  const model = string.pascalCase(string.singular(trimmed))
  const file = string.snakeCase(model)
  const plural = string.pluralize(file)
  return {
    model,
    file,
    table: plural,
    resource: string.dashCase(plural),
    variable: string.camelCase(model),
    singularLabel: string.noCase(model),
    pluralLabel: string.noCase(plural),
  }
}
