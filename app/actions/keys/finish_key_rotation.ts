import db from '@adonisjs/lucid/services/db'
import cache from '@adonisjs/cache/services/main'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import type { Actor } from '#actions/users/actor'
import { reencryptSecrets, type ReencryptedCounts } from '#actions/keys/reencrypt_secrets'
import { activeAppKeys, encrypterFor, useAppKeys } from '#support/app_keys'
import { writeKeysToEnvFile } from '#actions/keys/key_env_file'
import { envFilePath } from '#support/instance'

export type FinishedKeyRotation = {
  envFile: string
  /** Values still under a previous key (saved by a process not yet restarted), now under APP_KEY. */
  reencrypted: ReencryptedCounts
  droppedKeys: number
}

/**
 * Ends the grace period of a rotation: once every stored secret reads with
 * APP_KEY alone, the previous keys leave `.env`, and sessions and cookies
 * still made under them stop being accepted.
 */
export default class FinishKeyRotation {
  /** Drops APP_KEY_PREVIOUS; does nothing when there is no previous key. */
  async handle(actor: Actor): Promise<FinishedKeyRotation> {
    const [currentKey, ...previousKeys] = activeAppKeys()
    const envFile = envFilePath()
    if (previousKeys.length === 0) return { envFile, reencrypted: {}, droppedKeys: 0 }

    const current = await encrypterFor([currentKey])
    const reader = await encrypterFor([currentKey, ...previousKeys])
    const reencrypted = await db.transaction((trx) =>
      reencryptSecrets(trx, { reader, writer: current, keepReadableBy: current })
    )

    // After the commit: were it before, a failed commit would leave values
    // under a key the new file no longer lists.
    await writeKeysToEnvFile(
      envFile,
      { APP_KEY: currentKey, APP_KEY_PREVIOUS: undefined },
      'the previous keys are still configured'
    )
    await useAppKeys([currentKey])
    await cache.clear()
    await new RecordAuditEvent().handle({
      ...actor,
      event: 'key.rotation_finished',
      details: { reencrypted, droppedKeys: previousKeys.length },
    })
    return { envFile, reencrypted, droppedKeys: previousKeys.length }
  }
}
