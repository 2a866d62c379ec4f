import { spawn } from 'node:child_process'
import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { databaseConnectionConfig } from '#support/database_connection'

export const ADMIN_PASSWORD = 'Correct-Horse-42-battery'

export type CliRun = { code: number | null; stdout: string; stderr: string; json: () => any }

/**
 * A scratch instance for one test: its own `.env` for the installer to
 * write (FILAMENTA_ENV_FILE) and its own SQLite file, so `filamenta` runs
 * as a real child process without touching the developer's `.env` or
 * `storage/`.
 */
export class CliSandbox {
  readonly envFile: string
  readonly database: string

  private constructor(readonly dir: string) {
    this.envFile = join(dir, 'install.env')
    this.database = join(dir, 'filamenta.sqlite3')
  }

  static async create() {
    const sandbox = new CliSandbox(await mkdtemp(join(tmpdir(), 'filamenta-cli-')))
    await copyFile(app.makePath('.env.test'), sandbox.envFile)
    return sandbox
  }

  /** The flags of a complete non-interactive install into this sandbox. */
  installFlags(overrides: Record<string, string> = {}): string[] {
    const flags: Record<string, string> = {
      '--site-name': 'CLI site',
      '--site-url': 'http://localhost:3333',
      '--locale': 'en',
      '--db': 'sqlite',
      '--db-path': this.database,
      '--admin-email': 'admin@example.org',
      '--admin-username': 'admin',
      ...overrides,
    }
    return [
      'install',
      '--non-interactive',
      '--admin-password-stdin',
      '--json',
      ...Object.entries(flags).flatMap(([flag, value]) => (value === '' ? [] : [flag, value])),
    ]
  }

  /** Runs `node bin/filamenta.js …` and collects its output once it exits. */
  run(args: string[], options: { input?: string; env?: Record<string, string | undefined> } = {}) {
    const env: Record<string, string | undefined> = {
      ...process.env,
      NODE_ENV: 'test',
      FILAMENTA_ENV_FILE: this.envFile,
      DB_CONNECTION: 'sqlite',
      DB_DATABASE: this.database,
      FILAMENTA_ADMIN_PASSWORD: undefined,
      ...options.env,
    }
    const child = spawn(process.execPath, [app.makePath('bin/filamenta.js'), ...args], {
      cwd: app.makePath(),
      env: Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined)),
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.stdin.end(options.input ?? '')

    return new Promise<CliRun>((resolve, reject) => {
      child.on('error', reject)
      child.on('close', (code) => resolve({ code, stdout, stderr, json: () => JSON.parse(stdout) }))
    })
  }

  /** Reads this sandbox's database through a connection of its own. */
  async query<T>(read: (client: ReturnType<typeof db.connection>) => Promise<T>): Promise<T> {
    const name = `cli_sandbox_${Date.now()}`
    db.manager.add(name, databaseConnectionConfig({ engine: 'sqlite', path: this.database }))
    try {
      return await read(db.connection(name))
    } finally {
      await db.manager.close(name, true)
    }
  }

  async cleanup() {
    await rm(this.dir, { recursive: true, force: true })
  }
}
