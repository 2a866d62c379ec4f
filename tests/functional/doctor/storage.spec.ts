import { test } from '@japa/runner'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chmod, mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises'
import { checkDiskSpace, judgeDiskSpace } from '#actions/doctor/check_disk_space'
import { checkFolder } from '#actions/doctor/check_folder'
import { checkEnvFileMode } from '#actions/doctor/check_env_file_mode'
import { checkBackupAge } from '#actions/doctor/check_backup_age'

const MiB = 1024 * 1024
const GiB = 1024 * MiB
const HOUR = 60 * 60 * 1000

let dir: string
function useScratchFolder(group: { each: { setup: (fn: () => any) => void } }) {
  group.each.setup(async () => {
    dir = await mkdtemp(join(tmpdir(), 'filamenta-doctor-'))
    return () => rm(dir, { recursive: true, force: true })
  })
}

test.group('doctor / disk space', () => {
  test('judges free space with the figures in the message', ({ assert }) => {
    const plenty = judgeDiskSpace('/srv', 40 * GiB, 100 * GiB)
    assert.containsSubset(plenty, { id: 'diskSpace', status: 'pass' })
    assert.include(plenty.message, '40.0 GiB free of 100.0 GiB (40 %) in /srv')

    assert.containsSubset(judgeDiskSpace('/srv', 900 * MiB, 2 * GiB), { status: 'warn' })
    assert.containsSubset(judgeDiskSpace('/srv', 5 * GiB, 100 * GiB), { status: 'warn' })
    const nearlyFull = judgeDiskSpace('/srv', 150 * MiB, 100 * GiB)
    assert.containsSubset(nearlyFull, { status: 'fail' })
    assert.include(nearlyFull.message, '150 MiB')
  })

  test('reads the real volume, and fails on a path that does not exist', async ({ assert }) => {
    const real = await checkDiskSpace(tmpdir())
    assert.include(real.message, `in ${tmpdir()}`)
    const missing = await checkDiskSpace('/nonexistent/instance')
    assert.containsSubset(missing, { status: 'fail' })
    assert.include(missing.message, '/nonexistent/instance')
  })
})

test.group('doctor / folders', (group) => {
  useScratchFolder(group)

  test('passes a writable folder and one that can be created', async ({ assert }) => {
    assert.containsSubset(await checkFolder('storageFolder', 'Storage folder', dir), {
      status: 'pass',
      message: `Storage folder ${dir} is writable`,
    })
    const later = await checkFolder('backupFolder', 'Backup folder', join(dir, 'a', 'b'))
    assert.containsSubset(later, { status: 'pass' })
    assert.include(later.message, 'will be created on first use')
  })

  test('fails when a file stands where the folder should be', async ({ assert }) => {
    const path = join(dir, 'uploads')
    await writeFile(path, 'not a folder')

    const check = await checkFolder('uploadsFolder', 'Uploads folder', path)
    assert.containsSubset(check, { id: 'uploadsFolder', status: 'fail' })
    assert.include(check.message, 'is a file, not a folder')
    assert.include(check.fix, path)
  })

  test('fails when a file blocks creating the folder', async ({ assert }) => {
    await writeFile(join(dir, 'storage'), '')
    const check = await checkFolder(
      'backupFolder',
      'Backup folder',
      join(dir, 'storage', 'backups')
    )
    assert.containsSubset(check, { status: 'fail' })
    assert.include(check.message, `cannot be created: ${join(dir, 'storage')} is a file`)
  })
})

test.group('doctor / .env permissions', (group) => {
  useScratchFolder(group)

  test('passes a .env only its owner can read', async ({ assert }) => {
    const path = join(dir, '.env')
    await writeFile(path, 'APP_KEY=x', { mode: 0o600 })
    assert.containsSubset(await checkEnvFileMode(path), { id: 'envFile', status: 'pass' })
  })

  test('warns with chmod 600 when others can read it', async ({ assert }) => {
    const path = join(dir, '.env')
    await writeFile(path, 'APP_KEY=x')
    await chmod(path, 0o644)
    const check = await checkEnvFileMode(path)
    assert.containsSubset(check, { status: 'warn' })
    assert.include(check.message, '644')
    assert.equal(check.fix, `Run \`chmod 600 ${path}\`.`)
  })

  test('passes when there is no .env at all', async ({ assert }) => {
    const check = await checkEnvFileMode(join(dir, '.env'))
    assert.containsSubset(check, { status: 'pass' })
    assert.include(check.message, 'environment')
  })
})

test.group('doctor / last backup', (group) => {
  useScratchFolder(group)

  async function backupFile(name: string, ageMs: number, contents = 'archive') {
    const path = join(dir, name)
    await writeFile(path, contents)
    const when = new Date(Date.now() - ageMs)
    await utimes(path, when, when)
  }

  test('warns when the folder has no backup, or does not exist', async ({ assert }) => {
    const empty = await checkBackupAge(dir)
    assert.containsSubset(empty, { id: 'backup', status: 'warn' })
    assert.include(empty.message, `No backup found in ${dir}`)
    assert.include(empty.fix, 'backup:create')
    assert.containsSubset(await checkBackupAge(join(dir, 'missing')), { status: 'warn' })
  })

  test('passes a backup from last night and names it', async ({ assert }) => {
    await backupFile('filamenta-20260101T020000Z.tar.gz', 5 * HOUR)
    const check = await checkBackupAge(dir)
    assert.containsSubset(check, { status: 'pass' })
    assert.include(check.message, 'filamenta-20260101T020000Z.tar.gz, is 5 hours old')
  })

  test('judges the newest archive, encrypted ones included', async ({ assert }) => {
    await backupFile('filamenta-20260101T020000Z.tar.gz', 10 * 24 * HOUR)
    await backupFile('filamenta-20260108T020000123Z.tar.gz.enc', 2 * HOUR)
    const check = await checkBackupAge(dir)
    assert.containsSubset(check, { status: 'pass' })
    assert.include(check.message, '.tar.gz.enc')
  })

  test('warns after 26 hours and fails after a week', async ({ assert }) => {
    await backupFile('filamenta-20260101T020000Z.tar.gz', 30 * HOUR)
    assert.containsSubset(await checkBackupAge(dir), { status: 'warn' })

    await backupFile('filamenta-20260101T020000Z.tar.gz', 8 * 24 * HOUR)
    const stale = await checkBackupAge(dir)
    assert.containsSubset(stale, { status: 'fail' })
    assert.include(stale.message, '8 days old')
  })

  test('ignores empty archives, folders and files named otherwise', async ({ assert }) => {
    await backupFile('filamenta-20260101T020000Z.tar.gz', HOUR, '')
    await backupFile('notes.tar.gz', HOUR)
    await backupFile('filamenta-20260101T020000Z.tar.gz.part', HOUR)
    await mkdir(join(dir, 'filamenta-20260102T020000Z.tar.gz'))
    assert.containsSubset(await checkBackupAge(dir), {
      status: 'warn',
      message: `No backup found in ${dir}`,
    })
  })
})
