import { join } from 'node:path'
import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import encryption from '@adonisjs/core/services/encryption'
import type { TestContext } from '@japa/runner/core'
import CreateBackup from '#actions/backup/create_backup'
import RestoreBackup from '#actions/backup/restore_backup'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import VerifyAuditChain from '#actions/audit/verify_audit_chain'
import User from '#models/user'
import { saveSetting } from '#support/settings_store'
import { STRONG_PASSWORD } from '#tests/helpers/install'
import { enableTwoFactorFor, isolateTwoFactorState } from '#tests/helpers/two_factor'
import {
  addConnection,
  folderDisk,
  migrate,
  portableRows,
  rawRows,
  scratchFolder,
  scratchSqlite,
} from './backup_helpers.js'

/*
| Runs only when scratch server databases are named (the last step of
| .ci/run creates them): BACKUP_TEST_PG_DATABASE and BACKUP_TEST_MYSQL_DATABASE,
| reached on 127.0.0.1 as postgres and root unless BACKUP_TEST_{PG,MYSQL}_
| {HOST,PORT,USER,PASSWORD} say otherwise. Both are emptied first.
*/ const PG_DATABASE = process.env.BACKUP_TEST_PG_DATABASE
const MYSQL_DATABASE = process.env.BACKUP_TEST_MYSQL_DATABASE
const SKIP = !PG_DATABASE || !MYSQL_DATABASE

type Context = Pick<TestContext, 'cleanup'>

async function serverConnections({ cleanup }: Context, fixtures: boolean) {
  const pg = await addConnection(
    cleanup,
    {
      engine: 'pg',
      host: process.env.BACKUP_TEST_PG_HOST ?? '127.0.0.1',
      port: Number(process.env.BACKUP_TEST_PG_PORT ?? 5432),
      user: process.env.BACKUP_TEST_PG_USER ?? 'postgres',
      password: process.env.BACKUP_TEST_PG_PASSWORD ?? '',
      database: PG_DATABASE!,
    },
    { fixtures }
  )
  const mysql = await addConnection(
    cleanup,
    {
      engine: 'mysql',
      host: process.env.BACKUP_TEST_MYSQL_HOST ?? '127.0.0.1',
      port: Number(process.env.BACKUP_TEST_MYSQL_PORT ?? 3306),
      user: process.env.BACKUP_TEST_MYSQL_USER ?? 'root',
      password: process.env.BACKUP_TEST_MYSQL_PASSWORD ?? '',
      database: MYSQL_DATABASE!,
    },
    { fixtures }
  )
  for (const name of [pg, mysql]) await db.connection(name).dropAllTables()
  return { pg, mysql }
}

/** Backs up `from` and restores the archive into `to` (a blank database). */
async function move(folder: string, from: string, to: string) {
  const disk = folderDisk(join(folder, `uploads-${from}`))
  const backup = await new CreateBackup().handle({
    connection: from,
    disk,
    directory: join(folder, `archives-${from}`),
  })
  await new RestoreBackup().handle({
    file: backup.file,
    connection: to,
    disk: folderDisk(join(folder, `uploads-${to}`)),
  })
  return backup
}

test.group('Backups / across database engines', (group) => {
  isolateTwoFactorState(group)

  test('the site moves SQLite → PostgreSQL → MySQL → SQLite with identical rows', async ({
    assert,
    cleanup,
  }) => {
    const folder = await scratchFolder(cleanup)
    const { pg, mysql } = await serverConnections({ cleanup }, false)
    const ann = await User.create({
      email: 'ann@example.org',
      username: 'ann',
      password: STRONG_PASSWORD,
      fullName: 'Ann Ödegård',
    })
    await enableTwoFactorFor(ann)
    await saveSetting('mail.smtp_password', 'smtp-secret', { secret: true })
    for (const event of ['moved.one', 'moved.two']) {
      await new RecordAuditEvent().handle({ event, via: 'cli', details: { é: 'ü' } })
    }
    const original = await portableRows(db.primaryConnectionName)
    const originalRaw = await rawRows(db.primaryConnectionName)
    const back = await scratchSqlite(cleanup, folder)

    let from = db.primaryConnectionName
    for (const to of [pg, mysql, back]) {
      await move(folder, from, to)
      assert.deepEqual(await portableRows(to), original, `rows after the move to ${to}`)
      const trail = await new VerifyAuditChain().handle(db.connection(to))
      assert.isTrue(trail.intact, `audit trail on ${to}`)
      const setting = await db
        .connection(to)
        .from('settings')
        .where('key', 'mail.smtp_password')
        .first()
      assert.equal(JSON.parse(encryption.decrypt<string>(setting.value)!), 'smtp-secret')
      from = to
    }
    if (db.connection().dialect.name === 'better-sqlite3') {
      assert.deepEqual(await rawRows(back), originalRaw)
    }

    // New rows get fresh ids after a restore (PostgreSQL sequences were moved on).
    const inserted = await db
      .connection(pg)
      .table('users')
      .insert({
        email: 'new@example.org',
        username: 'newcomer',
        password: 'x',
        role: 'member',
        failed_login_count: 0,
        created_at: new Date(),
      })
      .returning('id')
    assert.isAbove(Number(inserted[0].id ?? inserted[0]), ann.id)
  }).skip(SKIP, 'set BACKUP_TEST_PG_DATABASE and BACKUP_TEST_MYSQL_DATABASE to run')

  test('every column type survives the same trip', async ({ assert, cleanup }) => {
    const folder = await scratchFolder(cleanup)
    const { pg, mysql } = await serverConnections({ cleanup }, true)
    const source = await scratchSqlite(cleanup, folder, { fixtures: true })
    await migrate(source)
    await db
      .connection(source)
      .table('backup_probes')
      .multiInsert([
        {
          flag: true,
          happened_at: '2026-03-04 05:06:07',
          day: '2026-02-28',
          payload: Buffer.from([0, 1, 2, 253, 254, 255]),
          data: '{"list":[1,2,3],"text":"é"}',
          big: 2 ** 40 + 3,
          ratio: 0.1 + 0.2,
          note: 'two\nlines, "quotes", é, 🌱',
          label: 'first',
        },
        { flag: false },
      ])
    await db.connection(source).table('backup_probe_notes').insert({ probe_id: 1, body: 'child' })
    const original = await rawRows(source)
    const back = await scratchSqlite(cleanup, folder, { fixtures: true })

    let from = source
    for (const to of [pg, mysql, back]) {
      await move(folder, from, to)
      from = to
    }
    assert.deepEqual(await rawRows(back), original)
  }).skip(SKIP, 'set BACKUP_TEST_PG_DATABASE and BACKUP_TEST_MYSQL_DATABASE to run')

  test('a backup taken while another connection writes holds whole transactions only', async ({
    assert,
    cleanup,
  }) => {
    const folder = await scratchFolder(cleanup)
    const servers = await serverConnections({ cleanup }, true)
    for (const connection of [servers.pg, servers.mysql]) {
      await migrate(connection)
      const client = db.connection(connection)
      for (let from = 0; from < 10_000; from += 500) {
        const ids = Array.from({ length: 500 }, (_, index) => from + index + 1)
        await client.table('backup_probes').multiInsert(ids.map((id) => ({ id, flag: true })))
        await client
          .table('backup_probe_notes')
          .multiInsert(ids.map((id) => ({ probe_id: id, body: 'seeded' })))
      }
      await resetProbeSequence(connection)

      // Pairs written in one transaction each, on other pooled connections, all along.
      let writing = true
      let written = 0
      const writer = (async () => {
        while (writing) {
          await client.transaction(async (trx) => {
            const [row] = await trx.table('backup_probes').insert({ flag: false }).returning('id')
            const id = typeof row === 'object' ? row.id : row
            await trx.table('backup_probe_notes').insert({ probe_id: id, body: 'concurrent' })
          })
          written++
        }
      })()
      while (written < 20) await new Promise((resolve) => setImmediate(resolve))
      const backup = await new CreateBackup().handle({
        connection,
        disk: folderDisk(join(folder, 'uploads')),
        directory: join(folder, `archives-${connection}`),
      })
      const writtenDuringBackup = written
      writing = false
      await writer

      const rows = Object.fromEntries(
        backup.manifest.tables.map((table) => [table.name, table.rows])
      )
      assert.equal(
        rows.backup_probes,
        rows.backup_probe_notes,
        `pairs on ${db.connection(connection).dialect.name}`
      )
      assert.isAbove(rows.backup_probes, 10_000)
      assert.isAbove(10_000 + writtenDuringBackup, rows.backup_probes - 1)
      const [{ total }] = await client.from('backup_probes').count('* as total')
      assert.isAbove(Number(total), rows.backup_probes, 'the writer kept writing during the backup')

      const target = await scratchSqlite(cleanup, folder, { fixtures: true })
      await new RestoreBackup().handle({
        file: backup.file,
        connection: target,
        disk: folderDisk(join(folder, `restored-${connection}`)),
      })
      const [{ total: restored }] = await db
        .connection(target)
        .from('backup_probe_notes')
        .count('* as total')
      assert.equal(Number(restored), rows.backup_probe_notes)
    }
  }).skip(SKIP, 'set BACKUP_TEST_PG_DATABASE and BACKUP_TEST_MYSQL_DATABASE to run')
})

/** Explicit ids leave PostgreSQL's sequence behind; MySQL moves on by itself. */
async function resetProbeSequence(connection: string) {
  if (db.connection(connection).dialect.name !== 'postgres') return
  await db
    .connection(connection)
    .rawQuery(`select setval(pg_get_serial_sequence('backup_probes', 'id'), 10000)`)
}
