import { stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from '@japa/runner'
import drive from '@adonisjs/drive/services/main'
import { Secret } from '@adonisjs/core/helpers'
import env from '#start/env'
import BackupCreate from '../../../commands/backup_create.js'
import BackupList from '../../../commands/backup_list.js'
import BackupVerify from '../../../commands/backup_verify.js'
import BackupRestore from '../../../commands/backup_restore.js'
import BackupPrune from '../../../commands/backup_prune.js'
import { backupFileName } from '#support/backup/archive_names'
import { installSite, isolateInstallState } from '#tests/helpers/install'
import { runCommand } from '../users_cli/run_command.js'
import { PASSPHRASE, scratchFolder } from './backup_helpers.js'

/** Sets BACKUP_PASSPHRASE (or unsets it) for one test, whatever the developer's .env says. */
function usePassphrase(value: string | undefined, cleanup: (fn: () => void) => void) {
  const previous = env.get('BACKUP_PASSPHRASE')
  const apply = (secret: typeof previous) => {
    env.set('BACKUP_PASSPHRASE', secret)
    if (secret === undefined) delete process.env.BACKUP_PASSPHRASE
  }
  apply(value === undefined ? undefined : new Secret(value))
  cleanup(() => apply(previous))
}

test.group('Backups / ace commands', (group) => {
  isolateInstallState(group)

  let folder: string
  group.each.setup(async ({ context }) => {
    folder = await scratchFolder(context.cleanup)
    const previous = process.env.BACKUP_DIR
    process.env.BACKUP_DIR = folder
    const uploads = drive.fake('fs')
    await uploads.put('avatars/one.txt', 'one')
    await installSite()
    return () => {
      drive.restore('fs')
      if (previous === undefined) delete process.env.BACKUP_DIR
      else process.env.BACKUP_DIR = previous
    }
  })

  test('backup:create writes a private archive in BACKUP_DIR and reports it as JSON', async ({
    assert,
  }) => {
    const run = await runCommand(BackupCreate, ['--json'])

    assert.equal(run.exitCode, 0, run.stderr)
    const result = run.json()
    assert.containsSubset(result, { ok: true, encrypted: false, uploads: 1 })
    assert.equal(result.file, join(folder, result.name))
    const stats = await stat(result.file)
    assert.equal(stats.mode & 0o777, 0o600)

    const listed = await runCommand(BackupList, ['--json'])
    assert.deepEqual(
      listed.json().map((archive: { name: string }) => archive.name),
      [result.name]
    )
  })

  test('backup:create --encrypt needs a passphrase and uses BACKUP_PASSPHRASE', async ({
    assert,
    cleanup,
  }) => {
    usePassphrase(undefined, cleanup)
    const missing = await runCommand(BackupCreate, ['--encrypt'])
    assert.equal(missing.exitCode, 1)
    assert.include(missing.stderr, 'Encrypting needs a passphrase')

    usePassphrase(PASSPHRASE, cleanup)
    const run = await runCommand(BackupCreate, ['--encrypt', '--quiet'])
    assert.equal(run.exitCode, 0, run.stderr)
    assert.equal(run.stdout, '')

    const listRun = await runCommand(BackupList, ['--json'])
    const listed = listRun.json()
    assert.isTrue(listed[0].encrypted)
    assert.equal(listed[0].appVersion, '0.1.0')
    const verified = await runCommand(BackupVerify, [listed[0].name])
    assert.equal(verified.exitCode, 0, verified.stderr)
    assert.match(verified.stdout, /^OK: .* members match their checksums/)
  })

  test('backup:verify names the first problem and exits 1', async ({ assert }) => {
    const createRun = await runCommand(BackupCreate, ['--json'])
    const created = createRun.json()
    const damaged = join(folder, 'damaged.tar.gz')
    await writeFile(damaged, 'not an archive')

    const text = await runCommand(BackupVerify, [damaged])
    assert.equal(text.exitCode, 1)
    assert.include(text.stderr, 'is not a Filamenta backup')

    const json = await runCommand(BackupVerify, [damaged, '--json'])
    assert.containsSubset(json.json(), { ok: false, code: 'E_BACKUP_NOT_AN_ARCHIVE' })

    const good = await runCommand(BackupVerify, [created.name, '--json'])
    assert.containsSubset(good.json(), { ok: true, uploads: 1 })
  })

  test('backup:restore refuses a site that holds data unless --force is given', async ({
    assert,
  }) => {
    const createRun = await runCommand(BackupCreate, ['--json'])
    const created = createRun.json()

    const refused = await runCommand(BackupRestore, [created.file, '--json'])
    assert.equal(refused.exitCode, 1)
    assert.containsSubset(refused.json(), { ok: false, code: 'E_BACKUP_TARGET_NOT_EMPTY' })

    const forced = await runCommand(BackupRestore, [created.file, '--force', '--json'])
    assert.equal(forced.exitCode, 0, forced.stderr)
    assert.containsSubset(forced.json(), { ok: true, uploads: 1 })
  }).skip(
    process.env.DB_CONNECTION === 'mysql',
    'an in-place restore would commit MySQL DDL through the test transaction'
  )

  test('backup:prune keeps what the flags say and lists the rest with --dry-run', async ({
    assert,
  }) => {
    for (const day of [1, 2, 3]) {
      await writeFile(join(folder, backupFileName(new Date(Date.UTC(2026, 0, day)), false)), 'x')
    }
    const preview = await runCommand(BackupPrune, ['--keep-daily', '1', '--dry-run', '--json'])
    assert.equal(preview.exitCode, 0, preview.stderr)
    assert.deepEqual(preview.json().removed, [
      'filamenta-20260102T000000000Z.tar.gz',
      'filamenta-20260101T000000000Z.tar.gz',
    ])

    const text = await runCommand(BackupPrune, ['--keep-daily', '1', '--dry-run'])
    assert.include(text.stdout, 'Would remove 2 archives, kept 1.')

    const refused = await runCommand(BackupPrune, [])
    assert.equal(refused.exitCode, 1)
    assert.include(refused.stderr, 'Say what to keep')
  })
})
