import encryption from '@adonisjs/core/services/encryption'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Setting from '#models/setting'

/**
 * Site settings as JSON values under dotted keys. Secrets are encrypted with
 * APP_KEY before they reach the database.
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
}

export async function readSetting<T>(key: string, fallback: T): Promise<T> {
  const setting = await Setting.find(key)
  if (!setting) return fallback
  const json = setting.isSecret ? encryption.decrypt<string>(setting.value) : setting.value
  return json === null ? fallback : (JSON.parse(json) as T)
}
