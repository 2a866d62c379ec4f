import { join } from 'node:path'
import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import CreateBackup from '#actions/backup/create_backup'
import RestoreBackup from '#actions/backup/restore_backup'
import { readMembers } from './archive_craft.js'
import { folderDisk, migrate, rawRows, scratchFolder, scratchSqlite } from './backup_helpers.js'

const NOTE = 'two\nlines, "quotes", \\ backslash, é, 🌱'

/** Probe rows written as the app would write them on SQLite. */
async function insertProbes(connection: string) {
  const client = db.connection(connection)
  await client.table('backup_probes').multiInsert([
    {
      flag: true,
      happened_at: '2026-03-04 05:06:07',
      day: '2026-02-28',
      payload: Buffer.from([0, 1, 2, 253, 254, 255]),
      data: '{"list":[1,2,3],"text":"é"}',
      big: 2 ** 40 + 3,
      ratio: 0.1 + 0.2,
      note: NOTE,
      label: 'first',
    },
    {
      flag: false,
      happened_at: null,
      day: null,
      payload: null,
      data: null,
      big: null,
      ratio: null,
      note: null,
      label: null,
    },
  ])
  await client.table('backup_probe_notes').insert({ probe_id: 1, body: 'child row' })
}

test.group('Backups / tables added by later migrations', () => {
  test('are archived with their types and restored as they were, with no code naming them', async ({
    assert,
    cleanup,
  }) => {
    const folder = await scratchFolder(cleanup)
    const source = await scratchSqlite(cleanup, folder, { fixtures: true })
    await migrate(source)
    await insertProbes(source)

    const backup = await new CreateBackup().handle({
      connection: source,
      disk: folderDisk(join(folder, 'uploads')),
      directory: folder,
    })

    const probes = backup.manifest.tables.find((table) => table.name === 'backup_probes')!
    assert.deepEqual(
      probes.columns.map((column) => `${column.name}:${column.type}`),
      [
        'id:integer',
        'flag:boolean',
        'happened_at:datetime',
        'day:date',
        'payload:binary',
        'data:json',
        'big:bigint',
        'ratio:number',
        'note:string',
        'label:string',
      ]
    )
    assert.includeMembers(backup.manifest.migrations, [
      'tests/functional/backup/fixtures/migrations/1795700000000_create_backup_probes_table',
    ])
    const names = backup.manifest.tables.map((table) => table.name)
    assert.isBelow(names.indexOf('backup_probes'), names.indexOf('backup_probe_notes'))

    const members = await readMembers(backup.file)
    const member = members.find((m) => m.path === probes.member)!
    const [first, second] = member
      .body!.toString('utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    assert.deepEqual(first, [
      1,
      true,
      '2026-03-04T05:06:07.000Z',
      '2026-02-28',
      Buffer.from([0, 1, 2, 253, 254, 255]).toString('base64'),
      '{"list":[1,2,3],"text":"é"}',
      2 ** 40 + 3,
      0.1 + 0.2,
      NOTE,
      'first',
    ])
    assert.deepEqual(second, [2, false, null, null, null, null, null, null, null, null])

    const target = await scratchSqlite(cleanup, folder, { fixtures: true })
    await new RestoreBackup().handle({
      file: backup.file,
      connection: target,
      disk: folderDisk(join(folder, 'restored')),
    })
    assert.deepEqual(await rawRows(target), await rawRows(source))
  })
})
