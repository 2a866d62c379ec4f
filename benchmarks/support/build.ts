import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project's root folder. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const BUILD_ROOT = join(PROJECT_ROOT, 'build')

const SOURCES = [
  'app',
  'bin',
  'cli',
  'config',
  'database',
  'providers',
  'resources',
  'start',
  'adonisrc.ts',
  'package.json',
  'vite.config.ts',
]

function newestChange(path: string): number {
  if (!existsSync(path)) return 0
  const stats = statSync(path)
  if (!stats.isDirectory()) return stats.mtimeMs
  return readdirSync(path).reduce(
    (newest, entry) => Math.max(newest, newestChange(join(path, entry))),
    stats.mtimeMs
  )
}

/**
 * Runs `node ace build` when build/ is missing or older than the sources,
 * so benchmarks measure the production server the way `npm start` runs it.
 * Type errors do not stop it: they change nothing at run time, and
 * `npm run typecheck` is where they are reported.
 */
export function ensureBuild() {
  const entry = join(BUILD_ROOT, 'bin/server.js')
  const builtAt = existsSync(entry) ? statSync(entry).mtimeMs : 0
  if (builtAt && SOURCES.every((source) => newestChange(join(PROJECT_ROOT, source)) <= builtAt)) {
    return
  }
  console.log('Building the application (node ace build)…')
  const build = spawnSync(process.execPath, ['ace', 'build', '--ignore-ts-errors'], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  if (build.status !== 0) throw new Error('node ace build failed; see the messages above')
}
