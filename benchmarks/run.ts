/*
|--------------------------------------------------------------------------
| npm run bench [-- name …]
|--------------------------------------------------------------------------
|
| Runs every benchmark in this folder (each `benchmarks/<name>.ts` but this
| runner; shared code lives in benchmarks/support/), or only the ones named.
| Each runs in a process of its own, so one's server, database and timers
| never meet another's. Exits non-zero when any of them failed.
|
*/
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { basename } from 'node:path'
import { fileURLToPath } from 'node:url'

const folder = fileURLToPath(new URL('./', import.meta.url))
const available = readdirSync(folder)
  .filter((file) => file.endsWith('.ts') && file !== 'run.ts')
  .map((file) => basename(file, '.ts'))
  .sort()

const requested = process.argv.slice(2).map((name) => basename(name, '.ts'))
const unknown = requested.filter((name) => !available.includes(name))
if (unknown.length) {
  console.error(`Unknown benchmark: ${unknown.join(', ')}. Available: ${available.join(', ')}.`)
  process.exit(2)
}

const failed: string[] = []
for (const name of requested.length ? requested : available) {
  console.log(`\n=== ${name} ===\n`)
  const run = spawnSync(process.execPath, ['--import=@poppinss/ts-exec', `${folder}${name}.ts`], {
    stdio: 'inherit',
  })
  if (run.status !== 0) failed.push(name)
}

if (failed.length) {
  console.error(`\nFailed: ${failed.join(', ')}`)
  process.exit(1)
}
