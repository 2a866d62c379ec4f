/*
|--------------------------------------------------------------------------
| Benchmark: backup and restore
|--------------------------------------------------------------------------
|
| Time and peak memory of `backup:create`, `backup:verify` and
| `backup:restore` on a scratch SQLite site with 10,000 and then 100,000
| rows and 1,000 uploaded files. Each step runs in a fresh process, so its
| peak RSS is its own; rows and files are streamed, so the peak should stay
| about the same while the row count grows tenfold.
|
|   node --import=@poppinss/ts-exec benchmarks/backup.ts [rows …]
|
*/
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const SIZES = process.argv
  .slice(2)
  .filter((arg) => /^\d+$/.test(arg))
  .map(Number)
const FILES = 1_000
const FILE_BYTES = 4_096
/*
| Each step runs with V8's old space capped: a step whose memory grew with the
| row count would run out of heap at the larger size instead of just looking
| bigger. The cap also keeps V8 from growing its heap lazily, so peak RSS
| shows what the step needs. The live heap is measured after a full GC.
*/
const HEAP_CAP_MB = 256
const NODE_FLAGS = [`--max-old-space-size=${HEAP_CAP_MB}`, '--expose-gc']

type Step = 'seed' | 'create' | 'verify' | 'restore'
type Measure = {
  step: Step
  ms: number
  bootRssMb: number
  peakRssMb: number
  liveHeapMb: number
  detail: string
}

const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024)

/** Where one size's site lives: its database, uploads and archives. */
function siteEnv(folder: string, database = 'site.sqlite3', uploads = 'uploads') {
  return {
    DB_CONNECTION: 'sqlite',
    DB_DATABASE: join(folder, database),
    DRIVE_ROOT: join(folder, uploads),
    BACKUP_DIR: join(folder, 'archives'),
    LOG_LEVEL: 'silent',
  }
}

/** Half the rows are accounts, half their sessions, written straight to the tables. */
async function seed(rows: number) {
  const { default: app } = await import('@adonisjs/core/services/app')
  const { default: db } = await import('@adonisjs/lucid/services/db')
  const { MigrationRunner } = await import('@adonisjs/lucid/migration')
  const runner = new MigrationRunner(db, app, { direction: 'up' })
  await runner.run()
  if (runner.error) throw runner.error

  const now = '2026-11-24 12:00:00'
  const users = Math.floor(rows / 2)
  for (let from = 1; from <= users; from += 500) {
    const ids = Array.from({ length: Math.min(500, users - from + 1) }, (_, i) => from + i)
    await db.table('users').multiInsert(
      ids.map((id) => ({
        id,
        email: `user${id}@example.org`,
        username: `user${id}`,
        password: '$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA',
        role: 'member',
        failed_login_count: 0,
        created_at: now,
      }))
    )
    await db.table('user_sessions').multiInsert(
      ids.map((id) => ({
        id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
        user_id: id,
        ip: '203.0.113.7',
        user_agent: 'Mozilla/5.0 (benchmark)',
        created_at: now,
        last_seen_at: now,
      }))
    )
  }
  const uploads = process.env.DRIVE_ROOT!
  for (let index = 0; index < FILES; index++) {
    const folder = join(uploads, `f${index % 10}`)
    await mkdir(folder, { recursive: true })
    await writeFile(join(folder, `file-${index}.bin`), randomBytes(FILE_BYTES))
  }
  return `${users * 2} rows, ${FILES} files`
}

async function archiveIn(folder: string) {
  const files = await readdir(folder)
  const [name] = files.filter((file) => file.startsWith('filamenta-'))
  return join(folder, name)
}

/** One step, in this (child) process, with the app booted as the CLI boots it. */
async function runStep(step: Step, rows: number) {
  const { withApp } = await import('#cli/boot_app')
  const { Output } = await import('#cli/output')
  await withApp(new Output(true), async () => {
    const bootRssMb = rssMb()
    const started = performance.now()
    let detail: string
    if (step === 'seed') {
      detail = await seed(rows)
    } else if (step === 'create') {
      const { default: CreateBackup } = await import('#actions/backup/create_backup')
      const backup = await new CreateBackup().handle()
      detail = `${(backup.size / 1024 / 1024).toFixed(1)} MB archive`
    } else if (step === 'verify') {
      const { default: VerifyBackup } = await import('#actions/backup/verify_backup')
      const file = await archiveIn(process.env.BACKUP_DIR!)
      const verified = await new VerifyBackup().handle({ file })
      detail = `${verified.rows} rows checked`
    } else {
      const { default: RestoreBackup } = await import('#actions/backup/restore_backup')
      const file = await archiveIn(process.env.BACKUP_DIR!)
      const restored = await new RestoreBackup().handle({ file })
      detail = `${restored.rows} rows, ${restored.uploads} files`
    }
    const ms = performance.now() - started
    ;(globalThis as { gc?: () => void }).gc?.()
    const measure: Measure = {
      step,
      ms,
      bootRssMb,
      peakRssMb: rssMb(),
      liveHeapMb: Math.round(process.memoryUsage().heapUsed / 1024 / 1024),
      detail,
    }
    process.stdout.write(`${JSON.stringify(measure)}\n`)
  })
}

function inChild(step: Step, rows: number, env: Record<string, string>): Measure {
  const run = spawnSync(
    process.execPath,
    [
      ...NODE_FLAGS,
      '--import=@poppinss/ts-exec',
      fileURLToPath(import.meta.url),
      '--step',
      step,
      String(rows),
    ],
    {
      env: { ...process.env, ...env },
      encoding: 'utf8',
      cwd: fileURLToPath(new URL('../', import.meta.url)),
    }
  )
  const line = run.stdout.trim().split('\n').pop() ?? ''
  if (run.status !== 0 || !line.startsWith('{')) {
    throw new Error(`${step} failed (exit ${run.status}):\n${run.stderr || run.stdout}`)
  }
  return JSON.parse(line)
}

async function main() {
  const sizes = SIZES.length ? SIZES : [10_000, 100_000]
  const results: (Measure & { rows: number })[] = []
  for (const rows of sizes) {
    const folder = await mkdtemp(join(tmpdir(), 'filamenta-bench-backup-'))
    try {
      inChild('seed', rows, siteEnv(folder))
      for (const step of ['create', 'verify'] as const) {
        results.push({ rows, ...inChild(step, rows, siteEnv(folder)) })
      }
      // Restored into a blank database and an empty uploads folder.
      results.push({
        rows,
        ...inChild('restore', rows, siteEnv(folder, 'restored.sqlite3', 'restored')),
      })
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  }

  console.log(
    `Backups of a SQLite site with ${FILES.toLocaleString('en')} files of ${FILE_BYTES / 1024} KB (V8 old space capped at ${HEAP_CAP_MB} MB)\n`
  )
  console.log(['rows', 'step', 'time', 'RSS after boot', 'peak RSS', 'live heap', ''].join('\t'))
  for (const result of results) {
    console.log(
      [
        result.rows.toLocaleString('en'),
        result.step,
        `${(result.ms / 1000).toFixed(2)} s`,
        `${result.bootRssMb} MB`,
        `${result.peakRssMb} MB`,
        `${result.liveHeapMb} MB`,
        result.detail,
      ].join('\t')
    )
  }
  const peaks = (rows: number) =>
    Math.max(...results.filter((result) => result.rows === rows).map((result) => result.peakRssMb))
  if (sizes.length > 1) {
    const [small, large] = [sizes[0], sizes[sizes.length - 1]]
    console.log(
      `\nPeak RSS: ${peaks(small)} MB at ${small.toLocaleString('en')} rows, ${peaks(large)} MB at ${large.toLocaleString('en')} rows.`
    )
  }
}

const stepAt = process.argv.indexOf('--step')
if (stepAt !== -1) {
  await runStep(process.argv[stepAt + 1] as Step, Number(process.argv[stepAt + 2]))
} else {
  await main()
}
