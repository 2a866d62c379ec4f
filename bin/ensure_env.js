#!/usr/bin/env node
/*
|--------------------------------------------------------------------------
| First-run environment file
|--------------------------------------------------------------------------
|
| `npm test` runs this first: on a fresh clone it writes `.env` from
| `.env.example` with a freshly generated APP_KEY and mode 0600.
|
*/
import { ensureEnvFile } from './env_bootstrap.js'

const root = new URL('../', import.meta.url)
if (ensureEnvFile(new URL('.env.example', root), new URL('.env', root))) {
  console.log('Created .env with a new APP_KEY')
}
