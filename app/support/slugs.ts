import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'

/*
| Letters that Unicode does not decompose into a base letter and an accent,
| spelled the way readers of those languages would.
*/
const LIGATURES: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
}

/**
 * Public items live at `/<slug>`, so a slug must not take a path the site
 * already serves.
 */
export const RESERVED_SLUGS = new Set([
  'account',
  'admin',
  'api',
  'assets',
  'atom',
  'auth',
  'categories',
  'category',
  'feed',
  'health',
  'install',
  'locale',
  'login',
  'logout',
  'register',
  'rss',
  'search',
  'site',
  'sitemap',
  'tag',
  'tags',
  'uploads',
])

/** Lower-case ASCII words joined by dashes: "Été à Paris !" gives "ete-a-paris". */
export function slugify(text: string, maxLength = 200): string {
  const ascii = text
    .toLowerCase()
    .replace(/[ßæœøđðłþı]/g, (letter) => LIGATURES[letter])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
  return ascii
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '')
}

export type UniqueSlugOptions = {
  table: string
  /** The row being edited keeps its own slug. */
  exceptId?: number | null
  maxLength?: number
  /** Used when the text has no letter or digit to make a slug from. */
  fallback: string
  /** Refuse the reserved words (for slugs that become top-level paths). */
  reserved?: boolean
  client?: QueryClientContract
}

/**
 * A slug of `text` that no other row of the table holds: the plain slug,
 * else the first free one of `slug-2`, `slug-3`… (cut so the suffix fits).
 */
export async function uniqueSlug(text: string, options: UniqueSlugOptions): Promise<string> {
  const maxLength = options.maxLength ?? 200
  const base = slugify(text, maxLength) || options.fallback
  const client = options.client ?? db.connection()
  const stem = base.slice(0, maxLength - 6).replace(/-+$/, '')
  const query = client
    .from(options.table)
    .select('slug')
    .where((group) => group.where('slug', base).orWhere('slug', 'like', `${stem}-%`))
  if (options.exceptId) query.whereNot('id', options.exceptId)
  const rows: { slug: string }[] = await query
  const taken = new Set(rows.map((row) => row.slug))
  const free = (slug: string) => !taken.has(slug) && !(options.reserved && RESERVED_SLUGS.has(slug))
  if (free(base)) return base
  for (let suffix = 2; ; suffix++) {
    const candidate = `${base.slice(0, maxLength - String(suffix).length - 1).replace(/-+$/, '')}-${suffix}`
    if (free(candidate)) return candidate
  }
}
