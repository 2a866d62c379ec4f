#!/usr/bin/env node
/*
|--------------------------------------------------------------------------
| npm start
|--------------------------------------------------------------------------
|
| Runs the production server from a fresh clone with nothing else to do:
| writes `.env` when missing, builds when `build/` is missing or older than
| the sources, then starts `build/bin/server.js` with the `.env` and the
| data of this folder (ENV_PATH), and prints the address to open.
| Plain JavaScript because it runs before anything is built.
|
*/
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureEnvFile } from './env_bootstrap.js'

const root = fileURLToPath(new URL('../', import.meta.url))
const buildEntry = join(root, 'build/bin/server.js')
const SOURCES = [
  'app',
  'bin',
  'cli',
  'commands',
  'config',
  'database',
  'providers',
  'resources',
  'start',
  '.adonisjs',
  'adonisrc.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'vite.config.ts',
]

/** Newest modification time under a path, in milliseconds. */
function newestChange(path) {
  if (!existsSync(path)) return 0
  const stats = statSync(path)
  if (!stats.isDirectory()) return stats.mtimeMs
  return readdirSync(path).reduce(
    (newest, entry) => Math.max(newest, newestChange(join(path, entry))),
    stats.mtimeMs
  )
}

function buildIsStale() {
  if (!existsSync(buildEntry)) return true
  const builtAt = statSync(buildEntry).mtimeMs
  return SOURCES.some((source) => newestChange(join(root, source)) > builtAt)
}

/** HOST and PORT as the server will see them: process env first, then .env. */
function listenAddress() {
  const fromFile = Object.fromEntries(
    readFileSync(join(root, '.env'), 'utf8')
      .split('\n')
      .map((line) => line.match(/^\s*([A-Z_]+)\s*=\s*['"]?([^'"#\s]*)/))
      .filter(Boolean)
      .map((match) => [match[1], match[2]])
  )
  return {
    host: process.env.HOST || fromFile.HOST || 'localhost',
    port: process.env.PORT || fromFile.PORT || '3333',
  }
}

async function waitUntilUp(url, server) {
  for (let attempt = 0; attempt < 600 && server.exitCode === null; attempt++) {
    try {
      const response = await fetch(`${url}/health`)
      if (response.ok) return true
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return false
}

if (ensureEnvFile(join(root, '.env.example'), join(root, '.env'))) {
  console.log('Created .env with a new APP_KEY')
}

const { host, port } = listenAddress()
const url = `http://${host}:${port}`
// A server already on the port would answer our health check, and a
// rebuild would pull build/ from under it: stop before touching anything.
if (
  await fetch(`${url}/health`).then(
    () => true,
    () => false
  )
) {
  console.error(`Something already answers at ${url}: stop it or choose another PORT.`)
  process.exit(1)
}

if (buildIsStale()) {
  console.log('Building the application (build/ is missing or older than the sources)…')
  const build = spawnSync(process.execPath, ['ace', 'build'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) {
    console.error('The build failed; see the messages above.')
    process.exit(build.status ?? 1)
  }
}

const server = spawn(process.execPath, ['bin/server.js'], {
  cwd: join(root, 'build'),
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production', ENV_PATH: '..' },
})
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal))
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))

if (await waitUntilUp(url, server)) {
  console.log(
    `\n  Filamenta is running: open ${url}\n  (a new site shows its install wizard at ${url}/install)\n`
  )
}
