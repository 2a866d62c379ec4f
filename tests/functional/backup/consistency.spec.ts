import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { join } from 'node:path'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import CreateBackup from '#actions/backup/create_backup'
import RestoreBackup from '#actions/backup/restore_backup'
import VerifyBackup from '#actions/backup/verify_backup'
import { folderDisk, migrate, scratchFolder, scratchSqlite } from './backup_helpers.js'

const SEEDED_PAIRS = 20_000

/*
| Another process, as a second app instance would be: it inserts a probe and
| its note in one transaction, over and over, and says "started" once it has
| written some, then the running total whenever it is asked to stop.
*/
const WRITER = `
const Database = require('better-sqlite3')
const db = new Database(process.argv[1], { timeout: 60000 })
const insertProbe = db.prepare("insert into backup_probes (flag, label) values (1, 'writer')")
const insertNote = db.prepare('insert into backup_probe_notes (probe_id, body) values (?, ?)')
const pair = db.transaction(() => {
  const id = insertProbe.run().lastInsertRowid
  insertNote.run(id, 'written during the backup')
})
let written = 0
let stopping = false
process.stdin.on('data', () => (stopping = true))
function loop() {
  for (let i = 0; i < 20; i++) pair()
  written += 20
  if (written === 200) process.stdout.write('started\\n')
  if (stopping) {
    process.stdout.write('written ' + written + '\\n')
    db.close()
    return process.exit(0)
  }
  setImmediate(loop)
}
loop()
`

async function seedPairs(connection: string) {
  const client = db.connection(connection)
  for (let from = 1; from <= SEEDED_PAIRS; from += 500) {
    const ids = Array.from({ length: 500 }, (_, index) => from + index)
    await client.table('backup_probes').multiInsert(ids.map((id) => ({ id, flag: true })))
    await client
      .table('backup_probe_notes')
      .multiInsert(ids.map((id) => ({ probe_id: id, body: 'seeded' })))
  }
}

async function count(connection: string, table: string) {
  const [{ total }] = await db.connection(connection).from(table).count('* as total')
  return Number(total)
}

test.group('Backups / consistency', () => {
  test('rows written while a backup runs are wholly in the archive or wholly out', async ({
    assert,
    cleanup,
  }) => {
    const folder = await scratchFolder(cleanup)
    const source = await scratchSqlite(cleanup, folder, { fixtures: true })
    const { filename } = db.manager.get(source)!.config.connection as { filename: string }
    await migrate(source)
    await seedPairs(source)

    const writer = spawn(process.execPath, ['-e', WRITER, filename], {
      cwd: app.makePath(),
    })
    cleanup(() => void writer.kill())
    let output = ''
    writer.stdout.on('data', (chunk) => (output += chunk))
    while (!output.includes('started')) await once(writer.stdout, 'data')

    const backup = await new CreateBackup().handle({
      connection: source,
      disk: folderDisk(join(folder, 'uploads')),
      directory: folder,
    })

    writer.stdin.end('stop\n')
    await once(writer, 'exit')
    const written = Number(output.match(/written (\d+)/)![1])
    assert.isAbove(written, 200)

    const rows = Object.fromEntries(backup.manifest.tables.map((table) => [table.name, table.rows]))
    // Pairs are written in one transaction each: a snapshot never holds half of one.
    assert.equal(rows.backup_probes, rows.backup_probe_notes)
    assert.isAtLeast(rows.backup_probes, SEEDED_PAIRS + 200)
    // The writer kept going after the snapshot was taken.
    assert.isAbove(await count(source, 'backup_probes'), rows.backup_probes)
    assert.equal(await count(source, 'backup_probes'), SEEDED_PAIRS + written)

    const verified = await new VerifyBackup().handle({ file: backup.file, schemaFrom: source })
    assert.equal(
      verified.rows,
      Object.values(rows).reduce((sum, n) => sum + n, 0)
    )

    const target = await scratchSqlite(cleanup, folder, { fixtures: true })
    await new RestoreBackup().handle({
      file: backup.file,
      connection: target,
      disk: folderDisk(join(folder, 'restored')),
    })
    assert.equal(await count(target, 'backup_probes'), rows.backup_probes)
    assert.equal(await count(target, 'backup_probe_notes'), rows.backup_probe_notes)
  })
})
