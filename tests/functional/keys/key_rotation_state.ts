import { randomUUID } from 'node:crypto'
import { rm, stat } from 'node:fs/promises'
import type { Group } from '@japa/runner/core'
import { configuredAppKeys } from '#config/encryption'
import { activeAppKeys, encrypterFor, useAppKeys } from '#support/app_keys'
import { readEnvFile, updateEnvFile } from '#support/env_file'
import { encryptedValues } from '#support/encrypted_values'
import { envFilePath } from '#support/instance'
import db from '@adonisjs/lucid/services/db'
import { isolateInstallState } from '#tests/helpers/install'

/**
 * Each test rotates against a `.env` of its own that starts with the key
 * this process runs with, as a deployed site's does; afterwards the
 * process is back on its configured keys, so other test files can still
 * read what they encrypt.
 */
export function isolateKeyRotation(group: Group) {
  isolateInstallState(group)
  group.each.setup(async () => {
    const sharedEnvFile = process.env.FILAMENTA_ENV_FILE
    process.env.FILAMENTA_ENV_FILE = `tmp/keys-${randomUUID()}.env`
    const path = envFilePath()
    await updateEnvFile(path, { APP_KEY: configuredAppKeys[0] })
    return async () => {
      await useAppKeys(configuredAppKeys)
      await rm(path, { force: true })
      if (sharedEnvFile === undefined) delete process.env.FILAMENTA_ENV_FILE
      else process.env.FILAMENTA_ENV_FILE = sharedEnvFile
    }
  })
}

/** The key variables the next boot would read from this test's `.env`. */
export async function envFileKeys() {
  const { APP_KEY, APP_KEY_PREVIOUS } = await readEnvFile(envFilePath())
  return { APP_KEY, APP_KEY_PREVIOUS }
}

/** The permission bits of this test's `.env`. */
export async function envFileMode() {
  const stats = await stat(envFilePath())
  return stats.mode & 0o777
}

/** The key this process encrypts with now. */
export const currentKey = () => activeAppKeys()[0]

/** Every stored encrypted value, and whether the given keys alone decrypt it. */
export async function storedValuesReadableBy(keys: string[]) {
  const encrypter = await encrypterFor(keys)
  const results: { value: string; readable: boolean }[] = []
  for await (const item of encryptedValues(db.connection())) {
    const readable = encrypter.decrypt(item.value, item.source.purpose) !== null
    results.push({ value: `${item.source.table}.${item.rowId}`, readable })
  }
  return results
}
