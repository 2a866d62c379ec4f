import env from '#start/env'
import { defineConfig, drivers } from '@adonisjs/core/encryption'

const encryptionConfig = defineConfig({
  default: 'app',
  list: {
    // The first key encrypts; every key in the list decrypts (key rotation).
    app: drivers.aes256gcm({ id: 'app', keys: [env.get('APP_KEY').release()] }),
  },
})

export default encryptionConfig
