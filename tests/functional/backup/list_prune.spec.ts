import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from '@japa/runner'
import CreateBackup from '#actions/backup/create_backup'
import ListBackups from '#actions/backup/list_backups'
import PruneBackups from '#actions/backup/prune_backups'
import { backupFileName, backupTakenAt } from '#support/backup/archive_names'
import { archivesToKeep } from '#support/backup/prune_policy'
import { retentionPolicy } from '#support/backup/retention_flags'
import { BACKUP_FILE_PATTERN } from '#support/backup_directory'
import { folderDisk, migrate, PASSPHRASE, scratchFolder, scratchSqlite } from './backup_helpers.js'

/** One archive a day at 02:00 UTC for `days` days up to 2026-11-24, plus a second one that day. */
function dailyArchives(days: number) {
  const archives = []
  for (let day = 0; day < days; day++) {
    const takenAt = new Date(Date.UTC(2026, 10, 24 - day, 2))
    archives.push({ name: backupFileName(takenAt, false), takenAt })
  }
  const sameDay = new Date(Date.UTC(2026, 10, 24, 1))
  archives.push({ name: backupFileName(sameDay, false), takenAt: sameDay })
  return archives
}

const day = (name: string) => name.slice(10, 18)

test.group('Backups / retention', () => {
  test('keeps the newest archive of each recent day, week and month', ({ assert }) => {
    const archives = dailyArchives(100)
    const daily = [...archivesToKeep(archives, { daily: 7, weekly: 0, monthly: 0 })]
    assert.deepEqual(
      daily.map((archive) => day(archive.name)),
      ['20261124', '20261123', '20261122', '20261121', '20261120', '20261119', '20261118']
    )
    // The 01:00 archive of the 24th loses to the 02:00 one.
    assert.include(daily[0].name, 'T020000')

    // ISO weeks start on Monday: Sundays 22, 15, 8 and 1 November close the weeks before.
    const weekly = [...archivesToKeep(archives, { daily: 0, weekly: 4, monthly: 0 })]
    assert.deepEqual(
      weekly.map((archive) => day(archive.name)),
      ['20261124', '20261122', '20261115', '20261108']
    )

    const monthly = [...archivesToKeep(archives, { daily: 0, weekly: 0, monthly: 6 })]
    assert.deepEqual(
      monthly.map((archive) => day(archive.name)),
      ['20261124', '20261031', '20260930', '20260831']
    )

    // The policies overlap: the 24th and 22nd are kept once each.
    const all = archivesToKeep(archives, { daily: 7, weekly: 4, monthly: 6 })
    assert.equal(all.size, 7 + 2 + 3)
  })

  test('the keep flags must be whole numbers and keep something', ({ assert }) => {
    assert.deepEqual(retentionPolicy({ daily: 7, weekly: 4 }), { daily: 7, weekly: 4, monthly: 0 })
    assert.throws(() => retentionPolicy({}), /Say what to keep/)
    assert.throws(() => retentionPolicy({ daily: 0, weekly: 0 }), /Say what to keep/)
    assert.throws(
      () => retentionPolicy({ daily: -1, weekly: 4 }),
      /--keep-daily must be a whole number/
    )
    assert.throws(() => retentionPolicy({ monthly: 1.5 }), /--keep-monthly/)
  })

  test('archive names carry their UTC date', ({ assert }) => {
    const at = new Date('2026-11-24T22:53:38.123Z')
    assert.equal(backupFileName(at, false), 'filamenta-20261124T225338123Z.tar.gz')
    assert.equal(backupFileName(at, true), 'filamenta-20261124T225338123Z.tar.gz.enc')
    assert.match(backupFileName(at, true), BACKUP_FILE_PATTERN)
    assert.deepEqual(backupTakenAt('filamenta-20261124T225338123Z.tar.gz.enc'), at)
    assert.deepEqual(
      backupTakenAt('filamenta-20261124T225338Z.tar.gz'),
      new Date('2026-11-24T22:53:38Z')
    )
    assert.isNull(backupTakenAt('notes.txt'))
  })

  test('prune deletes only what the policy drops, and only without --dry-run', async ({
    assert,
    cleanup,
  }) => {
    const folder = await scratchFolder(cleanup)
    for (const archive of dailyArchives(20)) await writeFile(join(folder, archive.name), 'x')
    await writeFile(join(folder, 'notes.txt'), 'not an archive')
    await mkdir(join(folder, '.staging-abc'))

    const preview = await new PruneBackups().handle({
      daily: 3,
      weekly: 0,
      monthly: 0,
      dryRun: true,
      directory: folder,
    })
    assert.lengthOf(preview.kept, 3)
    assert.lengthOf(preview.removed, 18)
    assert.lengthOf(await readdir(folder), 23)

    const done = await new PruneBackups().handle({
      daily: 3,
      weekly: 0,
      monthly: 0,
      directory: folder,
    })
    assert.deepEqual(
      done.removed.map((archive) => archive.name),
      preview.removed.map((archive) => archive.name)
    )
    assert.sameMembers(await readdir(folder), [
      ...preview.kept.map((archive) => archive.name),
      'notes.txt',
      '.staging-abc',
    ])
  })
})

test.group('Backups / listing', () => {
  test('lists archives newest first with what their manifests say', async ({ assert, cleanup }) => {
    const folder = await scratchFolder(cleanup)
    const source = await scratchSqlite(cleanup, folder)
    await migrate(source)
    const options = {
      connection: source,
      disk: folderDisk(join(folder, 'uploads')),
      directory: folder,
    }
    const plain = await new CreateBackup().handle(options)
    const encrypted = await new CreateBackup().handle({ ...options, passphrase: PASSPHRASE })
    const damaged = backupFileName(new Date('2020-01-01T00:00:00Z'), false)
    await writeFile(join(folder, damaged), 'not gzip')
    await writeFile(join(folder, 'other.txt'), 'ignored')

    const listed = await new ListBackups().handle({ directory: folder })
    assert.deepEqual(
      listed.map((archive) => [
        archive.name,
        archive.encrypted,
        archive.appVersion,
        archive.database,
      ]),
      [
        [encrypted.name, true, null, null],
        [plain.name, false, '0.1.0', 'sqlite'],
        [damaged, false, null, null],
      ]
    )
    assert.equal(listed[1].size, plain.size)

    const withPassphrase = await new ListBackups().handle({
      directory: folder,
      passphrase: PASSPHRASE,
    })
    assert.equal(withPassphrase[0].appVersion, '0.1.0')
    assert.deepEqual(await new ListBackups().handle({ directory: join(folder, 'absent') }), [])
  })
})
