import cache from '@adonisjs/cache/services/main'
import encryption from '@adonisjs/core/services/encryption'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Setting from '#models/setting'

/** Every stored row as the database holds it: JSON text, encrypted when secret. */
type StoredRows = Record<string, { value: string; secret: boolean }>

const CACHE_KEY = 'settings:rows'

/** Transactions that already drop the cache when they commit. */
const watchedTransactions = new WeakSet<TransactionClientContract>()

/*
| The whole table is cached as one entry: it is small, and a page needs a
| handful of keys, which then cost no query at all. Secrets stay encrypted
| in the cache (and in Redis when it is the shared layer); they are
| decrypted on each read, in this process only.
*/
function storedRows(): Promise<StoredRows> {
  return cache.getOrSet({
    key: CACHE_KEY,
    ttl: '1h',
    factory: async () => {
      const rows = await Setting.all()
      return Object.fromEntries(
        rows.map((row) => [row.key, { value: row.value, secret: Boolean(row.isSecret) }])
      )
    },
  })
}

/** Drops the cached settings here and, through the cache's bus, in every other process. */
export async function forgetSettings() {
  await cache.delete({ key: CACHE_KEY })
}

/**
 * Site settings as JSON values under dotted keys. Secrets are encrypted with
 * APP_KEY before they reach the database. The cache is dropped at once and
 * again when the caller's transaction commits, so a read made in between
 * cannot keep the old value.
 */
export async function saveSetting(
  key: string,
  value: unknown,
  options: { secret?: boolean; client?: TransactionClientContract } = {}
) {
  const json = JSON.stringify(value)
  const stored = options.secret ? encryption.encrypt(json) : json
  await Setting.updateOrCreate(
    { key },
    { value: stored, isSecret: Boolean(options.secret) },
    { client: options.client }
  )
  const client = options.client
  if (client && !watchedTransactions.has(client)) {
    watchedTransactions.add(client)
    client.after('commit', forgetSettings)
  }
  await forgetSettings()
}

/** The stored value of a key, or `fallback` when none was saved (or it cannot be decrypted). */
export async function readSetting<T>(key: string, fallback: T): Promise<T> {
  const rows = await storedRows()
  const row = rows[key]
  if (!row) return fallback
  const json = row.secret ? encryption.decrypt<string>(row.value) : row.value
  return json === null ? fallback : (JSON.parse(json) as T)
}
