import { test } from '@japa/runner'
import hash from '@adonisjs/core/services/hash'
import { ADMIN_PASSWORD, CliSandbox } from '../cli/cli_sandbox.js'

const NEW_PASSWORD = 'Another-Horse-77-staple'

/*
| Passwords piped on stdin need a real process: these run `node ace user:…`
| (through the `filamenta` CLI, which hands them to ace) against a scratch
| instance installed once for the group; each test uses its own account.
*/
test.group('user:* commands / password on stdin', (group) => {
  let sandbox: CliSandbox
  group.setup(async () => {
    sandbox = await CliSandbox.create()
    const install = await sandbox.run(sandbox.installFlags(), { input: ADMIN_PASSWORD })
    if (install.code !== 0) throw new Error(`sandbox install failed: ${install.stderr}`)
    return () => sandbox.cleanup()
  })

  const userRow = (username: string) =>
    sandbox.query((client) => client.from('users').where('username', username).first())

  const create = (username: string, input: string, extra: string[] = []) =>
    sandbox.run(
      ['user:create', '--email', `${username}@example.org`, '--username', username, ...extra],
      { input }
    )

  test('user:create reads the password from stdin', async ({ assert }) => {
    const run = await create('ann', `${NEW_PASSWORD}\n`, ['--role', 'author', '--password-stdin'])

    assert.equal(run.code, 0, run.stderr)
    assert.include(run.stdout, 'Created author "ann" <ann@example.org>')
    const row = await userRow('ann')
    assert.isTrue(await hash.verify(row.password, NEW_PASSWORD))
  })

  test('user:create --json prints nothing but the account on stdout', async ({ assert }) => {
    const run = await create('bea', NEW_PASSWORD, ['--password-stdin', '--json'])

    assert.equal(run.code, 0, run.stderr)
    assert.containsSubset(run.json(), { username: 'bea', role: 'member' })
  })

  test('user:create refuses a weak password from stdin', async ({ assert }) => {
    const run = await create('cid', 'Zq7-short\n', ['--password-stdin'])

    assert.equal(run.code, 1)
    assert.include(run.stderr, 'The password must have at least 12 characters')
    assert.isNull(await userRow('cid'))
  })

  test('user:create without a terminal needs --password-stdin', async ({ assert }) => {
    const run = await create('dan', `${NEW_PASSWORD}\n`)

    assert.equal(run.code, 1)
    assert.include(run.stderr, 'Pass the password on stdin with --password-stdin.')
    assert.isNull(await userRow('dan'))
  })

  test('user:reset-password sets the password from stdin', async ({ assert }) => {
    await create('eve', ADMIN_PASSWORD, ['--password-stdin'])

    const run = await sandbox.run(['user:reset-password', 'eve', '--password-stdin'], {
      input: `${NEW_PASSWORD}\n`,
    })

    assert.equal(run.code, 0, run.stderr)
    const row = await userRow('eve')
    assert.isTrue(await hash.verify(row.password, NEW_PASSWORD))
    assert.isNotNull(row.password_changed_at)
  })

  test('user:reset-password refuses a weak password and keeps the old one', async ({ assert }) => {
    await create('fay', ADMIN_PASSWORD, ['--password-stdin'])

    const run = await sandbox.run(['user:reset-password', 'fay', '--password-stdin'], {
      input: 'password',
    })

    assert.equal(run.code, 1)
    assert.include(run.stderr, 'The password is too common')
    const row = await userRow('fay')
    assert.isTrue(await hash.verify(row.password, ADMIN_PASSWORD))
  })

  test('user:list --json prints a parsable array', async ({ assert }) => {
    const run = await sandbox.run(['user:list', '--json'])

    assert.equal(run.code, 0, run.stderr)
    assert.includeMembers(
      run.json().map((user: { username: string }) => user.username),
      ['admin']
    )
  })
})
