import cache from '@adonisjs/cache/services/main'

/*
| Public content pages (listing, item, category and tag pages, feed,
| sitemap) are cached in their own namespace. Any write that can change
| what visitors see clears the whole namespace: simpler than tracking which
| listing pages hold which item, and correct across processes because the
| cache bus carries the clear to the others.
|
| Only data is cached, never HTML: pages also show who is signed in.
*/
const PUBLIC_TTL = '10m'

function publicPages() {
  return cache.namespace('public-content')
}

/**
 * The cached value of a public page part, computed by `factory` when absent.
 * A `null` answer (unknown slug, page past the end) is not kept, so made-up
 * URLs cannot fill the cache.
 */
export async function rememberPublic<T>(
  key: string,
  factory: () => Promise<T | null>
): Promise<T | null> {
  const value = await publicPages().getOrSet<T | undefined>({
    key,
    ttl: PUBLIC_TTL,
    factory: async ({ skip }) => (await factory()) ?? skip(),
  })
  return value ?? null
}

/** Forgets every cached public page: called after each write that visitors could see. */
export async function forgetPublicContent() {
  await publicPages().clear()
}
