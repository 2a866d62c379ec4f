import { test } from '@japa/runner'
import { ADMIN_PASSWORD, CliSandbox } from './cli_sandbox.js'
import { closedPort } from '../doctor/closed_port.js'

type Check = { id: string; status: string; message: string; fix: string | null }

const find = (checks: Check[], id: string) => checks.find((check) => check.id === id)

test.group('filamenta doctor', (group) => {
  let sandbox: CliSandbox
  group.each.setup(async () => {
    sandbox = await CliSandbox.create()
    return () => sandbox.cleanup()
  })

  test('passes on an installed site, with the same checks as node ace doctor', async ({
    assert,
  }) => {
    await sandbox.run(sandbox.installFlags(), { input: ADMIN_PASSWORD })
    const result = await sandbox.run(['doctor', '--json'])

    assert.equal(result.code, 0, result.stdout)
    const report = result.json()
    assert.isTrue(report.ok)
    const ids = report.checks.map((check: Check) => check.id)
    assert.includeMembers(ids, ['node', 'database', 'appKey', 'migrations', 'installed', 'backup'])
    for (const check of report.checks as Check[]) {
      assert.deepEqual(Object.keys(check), ['id', 'status', 'message', 'fix'])
    }
  })

  test('fails on a site that is not installed and says what to run', async ({ assert }) => {
    const result = await sandbox.run(['doctor', '--json'])

    assert.equal(result.code, 1)
    const failed = (result.json().checks as Check[]).filter((check) => check.status === 'fail')
    assert.deepEqual(
      failed.map((check) => check.id),
      ['migrations', 'installed']
    )
    assert.include(failed[1].fix, 'filamenta install')
  })

  test('reports the database as failed when it cannot be opened, and checks the rest', async ({
    assert,
  }) => {
    // A folder is not a database file: the connection fails, the app still boots.
    const result = await sandbox.run(['doctor', '--json'], { env: { DB_DATABASE: sandbox.dir } })

    assert.equal(result.code, 1)
    const checks = result.json().checks as Check[]
    const database = find(checks, 'database')!
    assert.equal(database.status, 'fail')
    assert.include(database.message, `SQLite database ${sandbox.dir} is unreachable`)
    assert.include(database.fix, 'DB_')
    assert.isUndefined(find(checks, 'migrations'))
    assert.containsSubset(find(checks, 'diskSpace'), { status: 'pass' })
  })

  test('reports PostgreSQL down by name without waiting long', async ({ assert }) => {
    const port = await closedPort()
    const result = await sandbox.run(['doctor', '--json'], {
      env: { DB_CONNECTION: 'pg', DB_HOST: '127.0.0.1', DB_PORT: String(port), DB_DATABASE: 'x' },
    })

    assert.equal(result.code, 1)
    const database = find(result.json().checks, 'database')!
    assert.equal(database.status, 'fail')
    assert.include(database.message, `PostgreSQL database "x" on 127.0.0.1:${port} is unreachable`)
  })

  test('fails when REDIS_HOST names a Redis that does not answer', async ({ assert }) => {
    await sandbox.run(sandbox.installFlags(), { input: ADMIN_PASSWORD })
    const port = await closedPort()
    const result = await sandbox.run(['doctor', '--json'], {
      env: { REDIS_HOST: '127.0.0.1', REDIS_PORT: String(port) },
    })

    assert.equal(result.code, 1, result.stderr)
    const redis = find(result.json().checks, 'redis')!
    assert.equal(redis.status, 'fail')
    assert.include(redis.message, `Redis at 127.0.0.1:${port} is unreachable`)
  })

  test('judges production settings when NODE_ENV is production', async ({ assert }) => {
    const result = await sandbox.run(['doctor', '--json'], {
      env: {
        NODE_ENV: 'production',
        APP_URL: 'http://example.org',
        LOG_LEVEL: 'debug',
        SESSION_DRIVER: 'cookie',
        MAIL_MAILER: 'file',
      },
    })

    assert.equal(result.code, 1)
    const checks = result.json().checks as Check[]
    assert.containsSubset(find(checks, 'https'), { status: 'fail' })
    assert.containsSubset(find(checks, 'secureCookies'), { status: 'fail' })
    assert.containsSubset(find(checks, 'debugMode'), { status: 'pass' })
    // The level the site is configured with, not the one the CLI silenced itself with.
    assert.containsSubset(find(checks, 'logLevel'), { status: 'warn' })
    assert.containsSubset(find(checks, 'smtp'), { status: 'warn' })
  })

  test('reports an app that cannot start as a failed check', async ({ assert }) => {
    const result = await sandbox.run(['doctor', '--json'], { env: { DB_PORT: 'not-a-port' } })

    assert.equal(result.code, 1)
    const { checks } = result.json()
    assert.lengthOf(checks, 1)
    assert.containsSubset(checks[0], { id: 'boot', status: 'fail' })
    assert.include(checks[0].message, 'DB_PORT')
    assert.notInclude(checks[0].message, '\n')
  })

  test('prints readable checks without --json', async ({ assert }) => {
    const result = await sandbox.run(['doctor'])

    assert.equal(result.code, 1)
    assert.include(result.stdout, '✔ Node.js version')
    assert.include(result.stdout, '✖ The site is not installed yet\n    Fix: ')
    assert.match(result.stderr, /2 checks failed, \d+ warnings?\./)
  })
})
