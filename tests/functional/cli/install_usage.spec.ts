import { test } from '@japa/runner'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ADMIN_PASSWORD, CliSandbox } from './cli_sandbox.js'

test.group('filamenta install, bad usage', (group) => {
  let sandbox: CliSandbox
  group.each.setup(async () => {
    sandbox = await CliSandbox.create()
    return () => sandbox.cleanup()
  })

  test('a missing flag exits 2 and names it', async ({ assert }) => {
    const result = await sandbox.run(sandbox.installFlags({ '--site-name': '' }), {
      input: ADMIN_PASSWORD,
    })

    assert.equal(result.code, 2)
    assert.containsSubset(result.json(), {
      ok: false,
      code: 'E_MISSING_FLAG',
      field: 'siteName',
      error: 'Missing required flag --site-name.',
    })
  })

  test('a missing admin password exits 2 and says where it comes from', async ({ assert }) => {
    const flags = sandbox.installFlags().filter((flag) => flag !== '--admin-password-stdin')
    const result = await sandbox.run(flags)

    assert.equal(result.code, 2)
    assert.include(result.json().error, '--admin-password-stdin')
    assert.include(result.json().error, 'FILAMENTA_ADMIN_PASSWORD')
  })

  for (const [flag, value, field] of [
    ['--locale', 'de', 'locale'],
    ['--db', 'oracle', 'db'],
    ['--site-url', 'not a url', 'siteUrl'],
    ['--admin-email', 'nobody', 'adminEmail'],
  ] as const) {
    test(`an invalid ${flag} exits 2 and names the flag`, async ({ assert }) => {
      const result = await sandbox.run(sandbox.installFlags({ [flag]: value }), {
        input: ADMIN_PASSWORD,
      })

      assert.equal(result.code, 2)
      const output = result.json()
      assert.containsSubset(output, { ok: false, code: 'E_INVALID_FLAG', field })
      assert.include(output.error, flag)
    })
  }

  test('an invalid --db-port exits 2 and names the flag', async ({ assert }) => {
    const flags = sandbox.installFlags({ '--db': 'pg', '--db-port': 'abc', '--db-path': '' })
    const result = await sandbox.run(flags, { input: ADMIN_PASSWORD })

    assert.equal(result.code, 2)
    assert.containsSubset(result.json(), { field: 'dbPort' })
    assert.include(result.json().error, '--db-port')
  })

  test('an SMTP host without --mail-from exits 2 and names it', async ({ assert }) => {
    const flags = [...sandbox.installFlags(), '--smtp-host', 'smtp.example.org']
    const result = await sandbox.run(flags, { input: ADMIN_PASSWORD })

    assert.equal(result.code, 2)
    assert.containsSubset(result.json(), {
      code: 'E_MISSING_FLAG',
      field: 'mailFrom',
      error: 'Missing required flag --mail-from.',
    })
  })

  test('a weak admin password exits 2 and names its flag', async ({ assert }) => {
    const result = await sandbox.run(sandbox.installFlags(), { input: 'password\n' })

    assert.equal(result.code, 2)
    assert.containsSubset(result.json(), { field: 'adminPassword' })
    assert.include(result.json().error, '--admin-password-stdin')
  })

  test('an unknown option exits 2 and names it', async ({ assert }) => {
    const result = await sandbox.run([...sandbox.installFlags(), '--colour', 'blue'])

    assert.equal(result.code, 2)
    assert.containsSubset(result.json(), { ok: false, code: 'E_UNKNOWN_OPTION' })
    assert.include(result.json().error, '--colour')
  })

  test('a config file that is not JSON exits 2', async ({ assert }) => {
    const config = join(sandbox.dir, 'install.json')
    await writeFile(config, '{ "siteName": ')
    const result = await sandbox.run(['install', '--config', config, '--json'])

    assert.equal(result.code, 2)
    assert.containsSubset(result.json(), { ok: false, code: 'E_INVALID_CONFIG', field: 'config' })
  })

  test('a config file holding a password exits 2', async ({ assert }) => {
    const config = join(sandbox.dir, 'install.json')
    await writeFile(config, JSON.stringify({ adminPassword: ADMIN_PASSWORD }))
    const result = await sandbox.run(['install', '--config', config, '--json'])

    assert.equal(result.code, 2)
    assert.containsSubset(result.json(), { code: 'E_INVALID_CONFIG', field: 'adminPassword' })
  })

  test('refused input leaves no database behind', async ({ assert }) => {
    await sandbox.run(sandbox.installFlags({ '--locale': 'de' }), { input: ADMIN_PASSWORD })
    const tables = await sandbox.query((client) => client.getAllTables())
    assert.notInclude(tables, 'users')
  })
})
