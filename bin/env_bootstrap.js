/*
|--------------------------------------------------------------------------
| First-run environment file
|--------------------------------------------------------------------------
|
| A fresh clone has no `.env`. `ensureEnvFile` writes one from
| `.env.example` with a freshly generated APP_KEY (CSPRNG) and mode 0600,
| and never touches an existing file. Plain JavaScript because it runs
| before anything is built: `bin/ensure_env.js` and `bin/filamenta.js`
| both call it.
|
*/
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

/**
 * Creates `envFile` from `exampleFile` with a new APP_KEY unless it exists.
 * Returns true when the file was created.
 *
 * @param {URL | string} exampleFile
 * @param {URL | string} envFile
 */
export function ensureEnvFile(exampleFile, envFile) {
  if (existsSync(envFile)) return false
  const sample = readFileSync(exampleFile, 'utf8')
  const key = randomBytes(32).toString('base64url')
  writeFileSync(envFile, sample.replace(/^APP_KEY=.*$/m, `APP_KEY=${key}`), { mode: 0o600 })
  return true
}
