import { test } from '@japa/runner'
import { ADMIN_PASSWORD, CliSandbox } from './cli_sandbox.js'

test.group('filamenta doctor', (group) => {
  let sandbox: CliSandbox
  group.each.setup(async () => {
    sandbox = await CliSandbox.create()
    return () => sandbox.cleanup()
  })

  test('passes every check on an installed site', async ({ assert }) => {
    await sandbox.run(sandbox.installFlags(), { input: ADMIN_PASSWORD })
    const result = await sandbox.run(['doctor', '--json'])

    assert.equal(result.code, 0, result.stdout)
    const report = result.json()
    assert.isTrue(report.ok)
    const ids = report.checks.map((check: { id: string }) => check.id)
    assert.includeMembers(ids, ['node', 'folder', 'database', 'appKey', 'migrations', 'installed'])
  })

  test('fails on a site that is not installed and says what to run', async ({ assert }) => {
    const result = await sandbox.run(['doctor', '--json'])

    assert.equal(result.code, 1)
    const failed = result.json().checks.filter((check: { ok: boolean }) => !check.ok)
    assert.deepEqual(
      failed.map((check: { id: string }) => check.id),
      ['migrations', 'installed']
    )
    assert.include(failed[1].fix, 'filamenta install')
  })

  test('fails when the SQLite path cannot be opened, with a fix', async ({ assert }) => {
    // A folder is not a database file: the connection fails, the app still boots.
    const result = await sandbox.run(['doctor', '--json'], { env: { DB_DATABASE: sandbox.dir } })

    assert.equal(result.code, 1)
    const database = result.json().checks.find((check: { id: string }) => check.id === 'database')
    assert.containsSubset(database, { ok: false })
    assert.isString(database.reason)
    assert.include(database.fix, 'DB_')
  })

  test('reports an app that cannot start as a failed check', async ({ assert }) => {
    const result = await sandbox.run(['doctor', '--json'], { env: { DB_PORT: 'not-a-port' } })

    assert.equal(result.code, 1)
    const [check] = result.json().checks
    assert.containsSubset(check, { id: 'boot', ok: false })
    assert.include(check.reason, 'DB_PORT')
  })

  test('prints readable checks without --json', async ({ assert }) => {
    const result = await sandbox.run(['doctor'])

    assert.equal(result.code, 1)
    assert.include(result.stdout, '✔ Node.js version')
    assert.include(result.stdout, 'Fix: ')
  })
})
