import hash from '@adonisjs/core/services/hash'

/** The hasher that made a stored hash, read from its PHC prefix. */
function hasherFor(hashedValue: string) {
  return hashedValue.startsWith('$scrypt') ? hash.use('scrypt') : hash.use('argon')
}

/** Checks a password against a hash made by any hasher the site has used. */
export function verifyPassword(hashedValue: string, plainPassword: string): Promise<boolean> {
  return hasherFor(hashedValue).verify(hashedValue, plainPassword)
}

/** True when the hash should be remade with the current hasher and settings. */
export function needsRehash(hashedValue: string): boolean {
  return hashedValue.startsWith('$scrypt') || hash.use('argon').needsReHash(hashedValue)
}

// A real argon2 hash of a random password: checking against it costs what a
// real check costs, so "no such user" answers as slowly as "wrong password".
let decoyHash: Promise<string> | undefined

/** Spends the time of one password check, for accounts that do not exist. */
export async function verifyAgainstDecoy(plainPassword: string): Promise<false> {
  decoyHash ??= hash.use('argon').make(crypto.randomUUID())
  await hash.use('argon').verify(await decoyHash, plainPassword)
  return false
}
