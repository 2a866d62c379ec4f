import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { ADMIN_PASSWORD, CliSandbox } from '../cli/cli_sandbox.js'
import { addConnection } from './backup_helpers.js'

test.group('Backups / filamenta backup', (group) => {
  let sandbox: CliSandbox
  let env: Record<string, string>
  group.each.setup(async () => {
    sandbox = await CliSandbox.create()
    env = { BACKUP_DIR: join(sandbox.dir, 'backups'), DRIVE_ROOT: join(sandbox.dir, 'uploads') }
    return () => sandbox.cleanup()
  })

  test('backs up an installed site, and restores it into another database', async ({
    assert,
    cleanup,
  }) => {
    await sandbox.run(sandbox.installFlags(), { input: ADMIN_PASSWORD })
    await mkdir(join(sandbox.dir, 'uploads', 'docs'), { recursive: true })
    await writeFile(join(sandbox.dir, 'uploads', 'docs', 'a.txt'), 'an upload')

    const created = await sandbox.run(['backup', 'create', '--json'], { env })
    assert.equal(created.code, 0, created.stderr)
    const archive = created.json()
    assert.containsSubset(archive, { ok: true, uploads: 1, encrypted: false })

    const listed = await sandbox.run(['backup', 'list', '--json'], { env })
    assert.deepEqual(
      listed.json().archives.map((entry: { name: string }) => entry.name),
      [archive.name]
    )

    const elsewhere = {
      ...env,
      DB_DATABASE: join(sandbox.dir, 'restored.sqlite3'),
      DRIVE_ROOT: join(sandbox.dir, 'restored-uploads'),
    }
    const restored = await sandbox.run(['backup', 'restore', archive.name, '--json'], {
      env: elsewhere,
    })
    assert.equal(restored.code, 0, restored.stderr)
    assert.containsSubset(restored.json(), { ok: true, uploads: 1 })
    const restoredDatabase = await addConnection(cleanup, {
      engine: 'sqlite',
      path: elsewhere.DB_DATABASE,
    })
    const users = await db.connection(restoredDatabase).from('users').select('username')
    assert.deepEqual(users, [{ username: 'admin' }])

    const again = await sandbox.run(['backup', 'restore', archive.name], { env: elsewhere })
    assert.equal(again.code, 1)
    assert.include(again.stderr, '--force')
  })

  test('verify needs no database at all', async ({ assert }) => {
    await sandbox.run(sandbox.installFlags(), { input: ADMIN_PASSWORD })
    const created = await sandbox.run(['backup', 'create', '--quiet'], { env })
    assert.equal(created.code, 0, created.stderr)
    assert.equal(created.stdout, '')
    const listRun = await sandbox.run(['backup', 'list', '--json'], { env })
    const listed = listRun.json()

    // A folder is not a database: the site's database cannot be opened.
    const noDatabase = { ...env, DB_DATABASE: sandbox.dir }
    const verified = await sandbox.run(['backup', 'verify', listed.archives[0].file], {
      env: noDatabase,
    })
    assert.equal(verified.code, 0, verified.stderr)
    assert.match(verified.stdout, /^OK: /)
  })

  test('bad usage exits 2 and a bad archive exits 1, each with a sentence', async ({ assert }) => {
    const usage = await sandbox.run(['backup', 'prune', '--keep-daily', 'seven'], { env })
    assert.equal(usage.code, 2)
    assert.include(usage.stderr, 'The option --keep-daily needs a whole number.')

    const nothingKept = await sandbox.run(['backup', 'prune', '--json'], { env })
    assert.equal(nothingKept.code, 2)
    assert.containsSubset(nothingKept.json(), { ok: false, code: 'E_BACKUP_USAGE' })

    const absent = await sandbox.run(['backup', 'verify', join(sandbox.dir, 'absent.tar.gz')], {
      env,
    })
    assert.equal(absent.code, 1)
    assert.include(absent.stderr, 'No archive at')

    const encrypt = await sandbox.run(['backup', 'create', '--encrypt', '--passphrase-stdin'], {
      env,
      input: 'short',
    })
    assert.equal(encrypt.code, 1)
    assert.include(encrypt.stderr, 'at least 12 characters')
  })
})
