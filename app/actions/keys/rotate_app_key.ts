import db from '@adonisjs/lucid/services/db'
import cache from '@adonisjs/cache/services/main'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import type { Actor } from '#actions/users/actor'
import { reencryptSecrets, type ReencryptedCounts } from '#actions/keys/reencrypt_secrets'
import { activeAppKeys, encrypterFor, useAppKeys } from '#support/app_keys'
import { generateAppKey, readEnvFile } from '#support/env_file'
import { writeKeysToEnvFile } from '#actions/keys/key_env_file'
import { envFilePath } from '#support/instance'

export type KeyRotation = {
  envFile: string
  reencrypted: ReencryptedCounts
  /** How many keys now only decrypt (APP_KEY_PREVIOUS). */
  previousKeys: number
  /** False when `.env` did not hold the key this process runs with, so APP_KEY is set elsewhere. */
  envFileHeldActiveKey: boolean
}

/**
 * Replaces APP_KEY with a new one: every stored secret is re-encrypted
 * with it, and the keys in use until now stay as decrypt-only keys, so
 * sessions and cookies made before keep working until the rotation is
 * finished.
 */
export default class RotateAppKey {
  /** Re-encrypts, rewrites `.env` and switches this process to the new key. */
  async handle(actor: Actor): Promise<KeyRotation> {
    const previousKeys = activeAppKeys()
    const newKey = generateAppKey()
    const envFile = envFilePath()
    const envBefore = await readEnvFile(envFile)
    const envFileHeldActiveKey = envBefore.APP_KEY === previousKeys[0]
    const reader = await encrypterFor(previousKeys)
    const writer = await encrypterFor([newKey])

    const reencrypted = await db.transaction(async (trx) => {
      const counts = await reencryptSecrets(trx, { reader, writer })
      await new RecordAuditEvent().handle(
        {
          ...actor,
          event: 'key.rotated',
          details: { reencrypted: counts, previousKeys: previousKeys.length },
        },
        trx
      )
      // Written last, before the commit: should the commit fail, the new
      // file still lists the old keys, so the data stays readable either way.
      await writeKeysToEnvFile(
        envFile,
        { APP_KEY: newKey, APP_KEY_PREVIOUS: previousKeys.join(',') },
        'nothing was changed'
      )
      return counts
    })

    await useAppKeys([newKey, ...previousKeys])
    // Cached settings may hold ciphertexts under the old keys.
    await cache.clear()
    return { envFile, reencrypted, previousKeys: previousKeys.length, envFileHeldActiveKey }
  }
}
