#!/usr/bin/env node
/*
|--------------------------------------------------------------------------
| First-run environment file
|--------------------------------------------------------------------------
|
| A fresh clone has no `.env`. This writes one from `.env.example` with a
| freshly generated APP_KEY (CSPRNG) and mode 0600, and never touches an
| existing file. Plain JavaScript because it runs before anything is built.
|
*/
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

const root = new URL('../', import.meta.url)
const envFile = new URL('.env', root)

if (!existsSync(envFile)) {
  const sample = readFileSync(new URL('.env.example', root), 'utf8')
  const key = randomBytes(32).toString('base64url')
  writeFileSync(envFile, sample.replace(/^APP_KEY=.*$/m, `APP_KEY=${key}`), { mode: 0o600 })
  console.log('Created .env with a new APP_KEY')
}
