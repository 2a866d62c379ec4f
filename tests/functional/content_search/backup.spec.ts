import { join } from 'node:path'
import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import Content from '#models/content'
import CreateBackup from '#actions/backup/create_backup'
import RestoreBackup from '#actions/backup/restore_backup'
import { folderDisk, migrate, scratchFolder, scratchSqlite } from '../backup/backup_helpers.js'
import { found, seedSearchableContents } from './search_helpers.js'
import { isolateInstallState } from '#tests/helpers/install'

test.group('Content search / backups', (group) => {
  seedSearchableContents(group)
  // The backups' audit entries are rolled back; the seeded items were committed before.
  isolateInstallState(group)

  test('archives hold contents but not the SQLite full-text index', async ({ assert, cleanup }) => {
    const folder = await scratchFolder(cleanup)
    const backup = await new CreateBackup().handle({
      disk: folderDisk(join(folder, 'uploads')),
      directory: folder,
    })
    const names = backup.manifest.tables.map((table) => table.name)
    assert.include(names, 'contents')
    assert.isEmpty(names.filter((name) => name.startsWith('contents_fts')))
  })

  test('a site restored into a blank SQLite database finds its contents', async ({
    assert,
    cleanup,
  }) => {
    const folder = await scratchFolder(cleanup)
    const backup = await new CreateBackup().handle({
      disk: folderDisk(join(folder, 'uploads')),
      directory: folder,
    })
    const target = await scratchSqlite(cleanup, folder)
    await new RestoreBackup().handle({
      file: backup.file,
      connection: target,
      disk: folderDisk(join(folder, 'restored')),
    })

    assert.deepEqual(await found('quinces', target), ['search-garden'])
    assert.deepEqual(await found('northern', target), ['search-draft', 'search-harbour'])
    assert.deepEqual(await found('café', target), ['search-harbour'])
  })

  test('a restore over a searchable SQLite site replaces what its index finds', async ({
    assert,
    cleanup,
  }) => {
    const folder = await scratchFolder(cleanup)
    const backup = await new CreateBackup().handle({
      disk: folderDisk(join(folder, 'uploads')),
      directory: folder,
    })
    // An extra migration makes the restore rebuild the schema, index included.
    for (const fixtures of [false, true]) {
      const target = await scratchSqlite(cleanup, folder, { fixtures })
      await migrate(target)
      await Content.create(
        {
          title: 'Only on the target',
          slug: 'search-harbour',
          body: '<p>marmalade</p>',
          bodyText: 'marmalade',
          status: 'draft',
        },
        { connection: target }
      )
      assert.deepEqual(await found('marmalade', target), ['search-harbour'])

      await new RestoreBackup().handle({
        file: backup.file,
        connection: target,
        disk: folderDisk(join(folder, `restored-${fixtures}`)),
        force: true,
      })
      assert.deepEqual(await found('marmalade', target), [], `fixtures: ${fixtures}`)
      assert.deepEqual(await found('xylophone', target), ['search-harbour'])
      const integrity = await db
        .connection(target)
        .rawQuery(`INSERT INTO contents_fts(contents_fts, rank) VALUES ('integrity-check', 1)`)
      assert.exists(integrity)
    }
  })
})
