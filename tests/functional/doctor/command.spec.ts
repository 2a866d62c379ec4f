import { test } from '@japa/runner'
import { spawn } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import Doctor from '../../../commands/doctor.js'
import { installSite, isolateInstallState } from '#tests/helpers/install'
import { runCommand } from '../users_cli/run_command.js'

const STATUSES = ['pass', 'warn', 'fail']

/** Runs `node ace doctor …` as its own process, to see its exit code and stdout. */
function runAce(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [app.makePath('ace.js'), 'doctor', ...args], {
    cwd: app.makePath(),
    env: { ...process.env, NODE_ENV: 'test', ...env },
  })
  let stdout = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stdin.end()
  return new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout }))
  })
}

test.group('node ace doctor', (group) => {
  isolateInstallState(group)

  test('--json prints ok and every check as {id, status, message, fix}', async ({ assert }) => {
    await installSite()
    const run = await runCommand(Doctor, ['--json'])

    assert.equal(run.exitCode, 0, run.stdout)
    const report = run.json()
    assert.deepEqual(Object.keys(report), ['ok', 'checks'])
    assert.isTrue(report.ok)
    for (const check of report.checks) {
      assert.deepEqual(Object.keys(check), ['id', 'status', 'message', 'fix'])
      assert.include(STATUSES, check.status)
      assert.isString(check.message)
      assert.notInclude(check.message, '\n')
      if (check.status === 'pass') assert.isNull(check.fix)
      else assert.isString(check.fix)
    }
    const ids = report.checks.map((check: { id: string }) => check.id)
    assert.includeMembers(ids, [
      'configuration',
      'database',
      'migrations',
      'redis',
      'smtp',
      'diskSpace',
      'storageFolder',
      'uploadsFolder',
      'backupFolder',
      'tmpFolder',
      'envFile',
      'appKey',
      'https',
      'secureCookies',
      'debugMode',
      'trustedProxies',
      'backup',
    ])
    assert.lengthOf(new Set(ids), ids.length)
  })

  test('warnings alone keep the exit code at 0', async ({ assert }) => {
    await installSite()
    const run = await runCommand(Doctor, ['--json'])

    const warned = run.json().checks.filter((check: { status: string }) => check.status === 'warn')
    // The test environment runs with debug pages on and has no backup yet.
    assert.includeMembers(
      warned.map((check: { id: string }) => check.id),
      ['debugMode']
    )
    assert.equal(run.exitCode, 0)
  })

  test('exits 1 and prints the fix when a check fails', async ({ assert }) => {
    const run = await runCommand(Doctor, [])

    assert.equal(run.exitCode, 1)
    assert.include(run.stdout, '✖ The site is not installed yet\n    Fix: Run `filamenta install`')
    assert.include(run.stdout, '✔ Node.js version')
    assert.match(run.stderr, /^1 check failed, \d+ warnings?\.$/)
  })

  test('fails on a backup older than a week in BACKUP_DIR', async ({ assert, cleanup }) => {
    await installSite()
    const folder = await mkdtemp(join(tmpdir(), 'filamenta-backups-'))
    const previous = process.env.BACKUP_DIR
    process.env.BACKUP_DIR = folder
    cleanup(async () => {
      if (previous === undefined) delete process.env.BACKUP_DIR
      else process.env.BACKUP_DIR = previous
      await rm(folder, { recursive: true, force: true })
    })
    const archive = join(folder, 'filamenta-20260101T020000Z.tar.gz')
    await writeFile(archive, 'archive')
    const tenDaysAgo = new Date(Date.now() - 10 * 24 * 60 * 60 * 1000)
    await utimes(archive, tenDaysAgo, tenDaysAgo)

    const run = await runCommand(Doctor, ['--json'])

    assert.equal(run.exitCode, 1)
    const backup = run.json().checks.find((check: { id: string }) => check.id === 'backup')
    assert.containsSubset(backup, { status: 'fail' })
    assert.include(backup.message, '10 days old')
  })

  test('still starts and reports when the database cannot be opened', async ({ assert }) => {
    const folder = await mkdtemp(join(tmpdir(), 'filamenta-nodb-'))
    try {
      // A folder is not a database file: the connection fails, the app still boots.
      const run = await runAce(['--json'], { DB_CONNECTION: 'sqlite', DB_DATABASE: folder })

      assert.equal(run.code, 1, run.stdout)
      const checks = JSON.parse(run.stdout).checks as { id: string; status: string }[]
      assert.containsSubset(
        checks.find((check) => check.id === 'database'),
        { status: 'fail' }
      )
      const ids = checks.map((check) => check.id)
      assert.notIncludeMembers(ids, ['migrations', 'installed'])
      assert.includeMembers(ids, ['redis', 'smtp', 'diskSpace', 'backup'])
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })
})
