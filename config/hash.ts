import { defineConfig, drivers } from '@adonisjs/core/hash'

/**
 * Argon2id, the strongest hasher the framework offers (OWASP's parameters).
 * scrypt stays listed so passwords hashed before the switch still verify;
 * they are re-hashed with argon2 at the next successful sign-in.
 */
const hashConfig = defineConfig({
  default: 'argon',
  list: {
    argon: drivers.argon2({ variant: 'id', iterations: 3, memory: 65536, parallelism: 4 }),
    scrypt: drivers.scrypt({ cost: 16384, blockSize: 8, parallelization: 1, maxMemory: 33554432 }),
  },
})

export default hashConfig

declare module '@adonisjs/core/types' {
  export interface HashersList extends InferHashers<typeof hashConfig> {}
}
