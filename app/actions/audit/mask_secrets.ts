/** What a secret's value becomes before it reaches the audit trail. */
export const MASKED = '[masked]'

/**
 * Key fragments that mark a value as secret. Keys are compared lowercased
 * with everything but letters and digits removed, so `smtp_password`,
 * `smtpPassword` and `SMTP-Password` all match "password".
 */
export const SECRET_KEY_FRAGMENTS = [
  'password',
  'passwd',
  'passphrase',
  'secret',
  'token',
  'recoverycode',
  'apikey',
  'privatekey',
  'appkey',
  'encryptionkey',
  'credential',
  'cookie',
] as const

export function isSecretKey(key: string): boolean {
  const normalised = key.toLowerCase().replace(/[^a-z0-9]/g, '')
  return SECRET_KEY_FRAGMENTS.some((fragment) => normalised.includes(fragment))
}

/**
 * A copy of a value where every property with a secret-looking key, at any
 * depth, holds MASKED instead. A missing or null secret stays as it is, so
 * "was set" and "was cleared" remain readable.
 */
export function maskSecrets<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => maskSecrets(item)) as T
  if (value === null || typeof value !== 'object' || value instanceof Date) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      isSecretKey(key) && item !== null && item !== undefined ? MASKED : maskSecrets(item),
    ])
  ) as T
}
