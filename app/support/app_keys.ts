import { configProvider } from '@adonisjs/core'
import app from '@adonisjs/core/services/app'
import encryption from '@adonisjs/core/services/encryption'
import { Encryption } from '@adonisjs/core/encryption'
import type { EncryptionConfig } from '@adonisjs/core/types/encryption'
import { appEncrypter, configuredAppKeys } from '#config/encryption'

let activeKeys = [...configuredAppKeys]

/** The keys this process runs with: the first encrypts, every one decrypts. */
export function activeAppKeys(): string[] {
  return [...activeKeys]
}

/** An encrypter over the given keys, built exactly as the app's own. */
export async function encrypterFor(keys: string[]): Promise<Encryption> {
  const config = await configProvider.resolve<EncryptionConfig>(app, appEncrypter(keys))
  return new Encryption(config!)
}

/**
 * Makes this process encrypt with `keys[0]` and decrypt with all of them.
 * The HTTP server, cookies, shield and every service share the one
 * encrypter the manager built at boot, and it keeps its keys private; so
 * its methods are pointed at a new encrypter instead of replacing it.
 */
export async function useAppKeys(keys: string[]) {
  const replacement = await encrypterFor(keys)
  Object.assign(encryption.use(), {
    encrypt: replacement.encrypt.bind(replacement),
    decrypt: replacement.decrypt.bind(replacement),
    blindIndex: replacement.blindIndex.bind(replacement),
    blindIndexes: replacement.blindIndexes.bind(replacement),
    getMessageVerifier: replacement.getMessageVerifier.bind(replacement),
  })
  activeKeys = [...keys]
}
