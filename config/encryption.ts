import env from '#start/env'
import { defineConfig, drivers } from '@adonisjs/core/encryption'

/**
 * APP_KEY first, since the first key encrypts; then the keys `key:rotate`
 * retired, which only decrypt, so cookies and sessions made before the
 * rotation stay valid until `key:rotate --finish`.
 */
export const configuredAppKeys: string[] = [
  env.get('APP_KEY').release(),
  ...(env.get('APP_KEY_PREVIOUS')?.release() ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean),
]

/** The app's encrypter for a list of keys; key rotation builds its own with this too. */
export function appEncrypter(keys: string[]) {
  return drivers.aes256gcm({ id: 'app', keys })
}

const encryptionConfig = defineConfig({
  default: 'app',
  list: {
    app: appEncrypter(configuredAppKeys),
  },
})

export default encryptionConfig
