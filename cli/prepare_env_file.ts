import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureEnvFile } from '../bin/env_bootstrap.js'
import { bootMessages } from '#cli/messages'
import type { Output } from '#cli/output'

/** The code's root: the project in development, `build/` in production. */
export const APP_ROOT = new URL('../', import.meta.url)

/**
 * A fresh clone has no `.env` and the app refuses to start without APP_KEY,
 * so the CLI writes one the way `npm start` does, in the folder the app
 * reads it from (ENV_PATH, which the production build sets to `..`).
 */
export function prepareEnvFile(output: Output) {
  const envFile = resolve(fileURLToPath(APP_ROOT), process.env.ENV_PATH ?? '', '.env')
  if (ensureEnvFile(new URL('.env.example', APP_ROOT), envFile)) {
    output.notice(bootMessages.createdEnvFile(envFile))
  }
}
