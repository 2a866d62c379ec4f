import { test } from '@japa/runner'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ADMIN_PASSWORD, CliSandbox } from './cli_sandbox.js'

test.group('filamenta install', (group) => {
  let sandbox: CliSandbox
  group.each.setup(async () => {
    sandbox = await CliSandbox.create()
    return () => sandbox.cleanup()
  })

  test('installs on SQLite without prompts and prints one JSON object', async ({ assert }) => {
    const result = await sandbox.run(sandbox.installFlags(), { input: `${ADMIN_PASSWORD}\n` })

    assert.equal(result.code, 0, result.stderr)
    const output = result.json()
    assert.containsSubset(output, { ok: true, adminCreated: true, database: 'sqlite' })
    assert.isNumber(output.adminId)

    const admin = await sandbox.query((client) =>
      client.from('users').where('id', output.adminId).first()
    )
    assert.equal(admin.email, 'admin@example.org')
    assert.equal(admin.role, 'admin')
  })

  test('refuses a second install with exit code 3', async ({ assert }) => {
    await sandbox.run(sandbox.installFlags(), { input: ADMIN_PASSWORD })
    const again = await sandbox.run(sandbox.installFlags(), { input: ADMIN_PASSWORD })

    assert.equal(again.code, 3)
    assert.containsSubset(again.json(), { ok: false, code: 'E_ALREADY_INSTALLED' })
  })

  test('--force reinstalls an installed site and keeps its admin', async ({ assert }) => {
    const installed = await sandbox.run(sandbox.installFlags(), { input: ADMIN_PASSWORD })
    const first = installed.json()
    const forced = await sandbox.run(
      [...sandbox.installFlags({ '--site-name': 'Renamed' }), '--force'],
      { input: ADMIN_PASSWORD }
    )

    assert.equal(forced.code, 0, forced.stderr)
    assert.containsSubset(forced.json(), { ok: true, adminId: first.adminId, adminCreated: false })
    const users = await sandbox.query((client) => client.from('users').count('* as total'))
    assert.equal(Number(users[0].total), 1)
  })

  test('takes the admin password from FILAMENTA_ADMIN_PASSWORD', async ({ assert }) => {
    const flags = sandbox.installFlags().filter((flag) => flag !== '--admin-password-stdin')
    const result = await sandbox.run(flags, { env: { FILAMENTA_ADMIN_PASSWORD: ADMIN_PASSWORD } })

    assert.equal(result.code, 0, result.stderr)
    assert.isTrue(result.json().ok)
  })

  test('reads --config and lets flags override it', async ({ assert }) => {
    const config = join(sandbox.dir, 'install.json')
    await writeFile(
      config,
      JSON.stringify({
        siteName: 'From file',
        siteUrl: 'http://localhost:3333',
        locale: 'fr',
        db: 'sqlite',
        dbPath: sandbox.database,
        adminEmail: 'file@example.org',
        adminUsername: 'fromfile',
      })
    )
    const result = await sandbox.run(
      [
        'install',
        '--config',
        config,
        '--admin-email',
        'flag@example.org',
        '--admin-password-stdin',
        '--json',
      ],
      { input: ADMIN_PASSWORD }
    )

    assert.equal(result.code, 0, result.stderr)
    const admin = await sandbox.query((client) => client.from('users').first())
    assert.equal(admin.email, 'flag@example.org')
    assert.equal(admin.username, 'fromfile')
    assert.equal(admin.locale, 'fr')
  })

  test('configures SMTP from its flags and SMTP_PASSWORD', async ({ assert }) => {
    const flags = [
      ...sandbox.installFlags(),
      ...['--smtp-host', 'smtp.example.org', '--smtp-port', '2525', '--smtp-user', 'mailer'],
      ...['--mail-from', 'noreply@example.org'],
    ]
    const result = await sandbox.run(flags, {
      input: ADMIN_PASSWORD,
      env: { SMTP_PASSWORD: 'smtp-secret' },
    })

    assert.equal(result.code, 0, result.stdout)
    // Stored in the settings, where the running site reads them for each message.
    const settings = await sandbox.query((client) =>
      client.from('settings').whereLike('key', 'mail.%').select('key', 'value', 'is_secret')
    )
    const byKey = Object.fromEntries(settings.map((row: any) => [row.key, row]))
    assert.equal(JSON.parse(byKey['mail.smtp.host'].value), 'smtp.example.org')
    assert.equal(JSON.parse(byKey['mail.smtp.port'].value), 2525)
    assert.equal(JSON.parse(byKey['mail.from.address'].value), 'noreply@example.org')
    // The SMTP password is encrypted at rest and never written to .env.
    assert.isTrue(Boolean(byKey['mail.smtp.password'].is_secret))
    assert.notInclude(byKey['mail.smtp.password'].value, 'smtp-secret')
    const written = await readFile(sandbox.envFile, 'utf8')
    assert.notInclude(written, 'smtp-secret')
  })

  test('fails with exit code 1 and the reason when PostgreSQL is unreachable', async ({
    assert,
  }) => {
    const flags = sandbox.installFlags({
      '--db': 'pg',
      '--db-host': '127.0.0.1',
      '--db-port': '1',
      '--db-path': '',
    })
    const result = await sandbox.run(flags, {
      input: ADMIN_PASSWORD,
      env: { DB_PASSWORD: 'secret' },
    })

    assert.equal(result.code, 1)
    const output = result.json()
    assert.containsSubset(output, { ok: false, code: 'E_DATABASE_UNREACHABLE' })
    assert.match(output.reason, /ECONNREFUSED/)
  })
})
