import { test } from '@japa/runner'
import { ADMIN_PASSWORD, CliSandbox } from '../cli/cli_sandbox.js'

const PASSWORD = 'Smtp-Secret-7f3a-kiwi'

/*
| Secrets piped on stdin need a real process: these run `settings:*`
| through the `filamenta` CLI against a scratch instance installed once.
*/
test.group('settings:* commands / secrets on stdin', (group) => {
  let sandbox: CliSandbox
  group.setup(async () => {
    sandbox = await CliSandbox.create()
    const install = await sandbox.run(sandbox.installFlags(), { input: ADMIN_PASSWORD })
    if (install.code !== 0) throw new Error(`sandbox install failed: ${install.stderr}`)
    return () => sandbox.cleanup()
  })

  const storedPassword = () =>
    sandbox.query((client) => client.from('settings').where('key', 'mail.smtp.password').first())

  test('settings:set reads a secret from stdin and stores it encrypted', async ({ assert }) => {
    const run = await sandbox.run(['settings:set', 'mail.smtp.password'], {
      input: `${PASSWORD}\n`,
    })

    assert.equal(run.code, 0, run.stderr)
    assert.notInclude(run.stdout + run.stderr, PASSWORD)
    const row = await storedPassword()
    assert.isOk(row.is_secret)
    assert.notInclude(row.value, PASSWORD)

    const reveal = await sandbox.run(['settings:get', 'mail.smtp.password', '--reveal'])
    assert.equal(reveal.code, 0, reveal.stderr)
    assert.equal(reveal.stdout.trim(), PASSWORD)
  })

  test('settings:list --json masks the secret', async ({ assert }) => {
    const run = await sandbox.run(['settings:list', '--json'])

    assert.equal(run.code, 0, run.stderr)
    assert.notInclude(run.stdout, PASSWORD)
    const secret = run
      .json()
      .find((setting: { key: string }) => setting.key === 'mail.smtp.password')
    assert.deepEqual(secret, {
      key: 'mail.smtp.password',
      group: 'mail',
      type: 'secret',
      value: null,
      default: null,
      secret: true,
      isSet: true,
    })
  })

  test('settings:set refuses empty stdin for a secret and keeps the saved one', async ({
    assert,
  }) => {
    const before = await storedPassword()
    const run = await sandbox.run(['settings:set', 'mail.smtp.password'], { input: '' })

    assert.equal(run.code, 1)
    assert.include(run.stderr, 'No value was read for mail.smtp.password; use --reset to clear it.')
    assert.deepEqual(await storedPassword(), before)
  })

  test('settings:set validates a value read from stdin', async ({ assert }) => {
    const run = await sandbox.run(['settings:set', 'security.login_rate_limits'], {
      input: '{"perIp": 5000, "perAccount": 3, "windowMinutes": 5}\n',
    })

    assert.equal(run.code, 1)
    assert.include(run.stderr, '"perIp" must be between 1 and 1000.')
  })

  test('settings:set --reset clears a secret', async ({ assert }) => {
    const run = await sandbox.run(['settings:set', 'mail.smtp.password', '--reset'])

    assert.equal(run.code, 0, run.stderr)
    const get = await sandbox.run(['settings:get', 'mail.smtp.password'])
    assert.equal(get.code, 1)
    assert.include(get.stderr, 'mail.smtp.password is a secret and is not set')
  })
})
