import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BUILD_ROOT } from './build.ts'

export const ADMIN = { username: 'admin', password: 'Bench-Mark-42-horse-staple' }

/** A site of its own: folder, `.env`, SQLite database and port. */
export type Instance = {
  folder: string
  databasePath: string
  port: number
  url: string
  env: NodeJS.ProcessEnv
  remove(): Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/**
 * Creates a scratch instance folder and installs a production site in it
 * with `filamenta install`, the way an operator would.
 */
export async function createInstance(): Promise<Instance> {
  const folder = await mkdtemp(join(tmpdir(), 'filamenta-bench-'))
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const lines = [
    'NODE_ENV=production',
    `PORT=${port}`,
    'HOST=127.0.0.1',
    'LOG_LEVEL=warn',
    `APP_KEY=${randomBytes(32).toString('base64url')}`,
    `APP_URL=${url}`,
    'SESSION_DRIVER=cookie',
    'DB_CONNECTION=sqlite',
    'DB_DATABASE=bench.sqlite3',
    'LIMITER_STORE=memory',
    'MAIL_MAILER=file',
  ]
  await writeFile(join(folder, '.env'), lines.join('\n') + '\n', { mode: 0o600 })
  const config = join(folder, 'install.json')
  await writeFile(
    config,
    JSON.stringify({
      siteName: 'Benchmark',
      siteUrl: url,
      locale: 'en',
      db: 'sqlite',
      dbPath: 'bench.sqlite3',
      adminEmail: 'admin@example.org',
      adminUsername: ADMIN.username,
    })
  )

  // Only what the site needs: the caller's DB_* or PORT must not leak in.
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, ENV_PATH: folder }
  const install = spawnSync(process.execPath, ['bin/filamenta.js', 'install', '--config', config], {
    cwd: BUILD_ROOT,
    env: { ...env, FILAMENTA_ADMIN_PASSWORD: ADMIN.password },
    encoding: 'utf8',
  })
  if (install.status !== 0) {
    throw new Error(`filamenta install failed:\n${install.stdout}\n${install.stderr}`)
  }
  return {
    folder,
    databasePath: join(folder, 'bench.sqlite3'),
    port,
    url,
    env,
    remove: () => rm(folder, { recursive: true, force: true }),
  }
}

/** Starts the built server on the instance and waits until it answers. */
export async function startServer(instance: Instance): Promise<{ stop(): Promise<void> }> {
  const server: ChildProcess = spawn(process.execPath, ['bin/server.js'], {
    cwd: BUILD_ROOT,
    env: instance.env,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const stop = () =>
    new Promise<void>((resolve) => {
      if (server.exitCode !== null) return resolve()
      server.once('exit', () => resolve())
      server.kill('SIGTERM')
    })

  for (let attempt = 0; attempt < 300 && server.exitCode === null; attempt++) {
    const up = await fetch(`${instance.url}/health`).then(
      (response) => response.ok,
      () => false
    )
    if (up) return { stop }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  await stop()
  throw new Error(`The server did not answer at ${instance.url}`)
}
