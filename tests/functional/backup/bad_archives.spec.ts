import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import type { Disk } from '@adonisjs/drive'
import CreateBackup from '#actions/backup/create_backup'
import RestoreBackup from '#actions/backup/restore_backup'
import VerifyBackup from '#actions/backup/verify_backup'
import { BackupError, type BackupErrorCode } from '#support/backup/backup_error'
import {
  diskDigests,
  folderDisk,
  migrate,
  PASSPHRASE,
  portableRows,
  scratchFolder,
  scratchSqlite,
} from './backup_helpers.js'
import { editManifest, forgeMember, readMembers, sha256, writeMembers } from './archive_craft.js'

type Setup = {
  folder: string
  plain: string
  encrypted: string
  target: string
  targetDisk: Disk
  snapshot: () => Promise<unknown>
}

async function insertUser(connection: string, username: string) {
  await db
    .connection(connection)
    .table('users')
    .insert({
      email: `${username}@example.org`,
      username,
      password: 'not-a-real-hash',
      role: 'member',
      failed_login_count: 0,
      created_at: '2026-01-02 03:04:05',
    })
}

/**
 * A good archive (plain and encrypted) of a small site, and a restore target
 * that already holds data, so each test can show a refusal changed nothing.
 */
async function setUp(cleanup: Parameters<typeof scratchFolder>[0]): Promise<Setup> {
  const folder = await scratchFolder(cleanup)
  const source = await scratchSqlite(cleanup, folder)
  await migrate(source)
  await insertUser(source, 'ann')
  await insertUser(source, 'bob')
  const sourceDisk = folderDisk(join(folder, 'source-uploads'))
  await sourceDisk.put('avatars/ann.txt', 'ann')
  const options = { connection: source, disk: sourceDisk, directory: join(folder, 'archives') }
  const plain = await new CreateBackup().handle(options)
  const encrypted = await new CreateBackup().handle({ ...options, passphrase: PASSPHRASE })

  const target = await scratchSqlite(cleanup, folder)
  await migrate(target)
  await insertUser(target, 'zed')
  const targetDisk = folderDisk(join(folder, 'target-uploads'))
  await targetDisk.put('kept.txt', 'kept')
  const snapshot = async () => ({
    rows: await portableRows(target),
    files: await diskDigests(targetDisk),
  })
  return { folder, plain: plain.file, encrypted: encrypted.file, target, targetDisk, snapshot }
}

/** Restores with --force and expects a refusal with `code`, and the target untouched. */
async function assertRefused(
  assert: any,
  setup: Setup,
  file: string,
  code: BackupErrorCode | BackupErrorCode[],
  message: RegExp,
  passphrase?: string
) {
  const codes = Array.isArray(code) ? code : [code]
  const before = await setup.snapshot()
  try {
    await new RestoreBackup().handle({
      file,
      passphrase,
      force: true,
      connection: setup.target,
      disk: setup.targetDisk,
    })
    assert.fail(`expected ${codes.join(' or ')}`)
  } catch (error) {
    assert.instanceOf(error, BackupError, String(error))
    assert.include(codes, (error as BackupError).reason, (error as Error).message)
    assert.match((error as Error).message, message)
  }
  assert.deepEqual(await setup.snapshot(), before)
}

const DAMAGE: BackupErrorCode[] = ['E_BACKUP_CORRUPT', 'E_BACKUP_CHECKSUM', 'E_BACKUP_MANIFEST']

async function flipByte(source: string, target: string, position: number) {
  const bytes = await readFile(source)
  const at = position < 0 ? bytes.length + position : position
  bytes[at] ^= 0x5a
  await writeFile(target, bytes)
}

test.group('Backups / bad archives', () => {
  test('a truncated archive is refused, plain or encrypted', async ({ assert, cleanup }) => {
    const setup = await setUp(cleanup)
    for (const [source, passphrase] of [
      [setup.plain, undefined],
      [setup.encrypted, PASSPHRASE],
    ] as const) {
      const bytes = await readFile(source)
      for (const length of [Math.floor(bytes.length / 2), bytes.length - 10, 100]) {
        const cut = join(setup.folder, `cut-${length}`)
        await writeFile(cut, bytes.subarray(0, length))
        await assertRefused(assert, setup, cut, 'E_BACKUP_TRUNCATED', /ends too early/, passphrase)
      }
    }
  })

  test('a flipped byte anywhere is refused', async ({ assert, cleanup }) => {
    const setup = await setUp(cleanup)
    const plainBytes = await readFile(setup.plain)
    for (const position of [12, Math.floor(plainBytes.length / 2), -6]) {
      const flipped = join(setup.folder, `flipped-${position}.tar.gz`)
      await flipByte(setup.plain, flipped, position)
      // Depending on where the byte lands, gzip, the manifest or a checksum notices first.
      await assertRefused(assert, setup, flipped, DAMAGE, /damaged|altered/)
    }
    const encryptedBytes = await readFile(setup.encrypted)
    for (const position of [70, Math.floor(encryptedBytes.length / 2), -1]) {
      const flipped = join(setup.folder, `flipped-${position}.enc`)
      await flipByte(setup.encrypted, flipped, position)
      await assertRefused(
        assert,
        setup,
        flipped,
        'E_BACKUP_CORRUPT',
        /damaged or was altered/,
        PASSPHRASE
      )
    }
  })

  test('an encrypted archive needs the right passphrase', async ({ assert, cleanup }) => {
    const setup = await setUp(cleanup)
    await assertRefused(
      assert,
      setup,
      setup.encrypted,
      'E_BACKUP_WRONG_PASSPHRASE',
      /passphrase does not open/,
      'a wrong but long passphrase'
    )
    await assertRefused(
      assert,
      setup,
      setup.encrypted,
      'E_BACKUP_PASSPHRASE_REQUIRED',
      /BACKUP_PASSPHRASE/
    )
  })

  test('members that climb out, are absolute or are links are refused before anything is written', async ({
    assert,
    cleanup,
  }) => {
    const setup = await setUp(cleanup)
    const [manifest, ...rest] = await readMembers(setup.plain)
    const evil = [
      { path: '../../etc/passwd', body: Buffer.from('root::0:0::/:/bin/sh\n') },
      { path: 'uploads/../../../outside.txt', body: Buffer.from('x') },
      { path: '/etc/passwd', body: Buffer.from('x') },
      { path: 'uploads/link', type: 'SymbolicLink' as const, linkpath: '/etc/passwd' },
      { path: 'uploads/hard', type: 'Link' as const, linkpath: 'manifest.json' },
    ]
    for (const [index, member] of evil.entries()) {
      const file = join(setup.folder, `evil-${index}.tar.gz`)
      await writeMembers(file, [manifest, member, ...rest])
      await assertRefused(assert, setup, file, 'E_BACKUP_UNSAFE_MEMBER', /unsafe member/)
    }

    // Listed in the manifest with a correct checksum, the path is still refused.
    const body = Buffer.from('x')
    const listed = editManifest([manifest, ...rest, { path: 'uploads/../x', body }], (m) => {
      m.members['uploads/../x'] = { sha256: sha256(body), size: 1 }
    })
    const file = join(setup.folder, 'listed.tar.gz')
    await writeMembers(file, listed)
    await assertRefused(assert, setup, file, 'E_BACKUP_UNSAFE_MEMBER', /climbs out/)
  })

  test('an archive from a newer schema is refused', async ({ assert, cleanup }) => {
    const setup = await setUp(cleanup)
    const members = editManifest(await readMembers(setup.plain), (manifest) => {
      manifest.migrations.push('database/migrations/9999999999999_from_the_future')
    })
    const file = join(setup.folder, 'newer.tar.gz')
    await writeMembers(file, members)
    await assertRefused(
      assert,
      setup,
      file,
      'E_BACKUP_NEWER_SCHEMA',
      /newer Filamenta.*from_the_future/
    )
    await assert.rejects(() => new VerifyBackup().handle({ file }), /newer Filamenta/)
  })

  test('a database or disk holding data is only replaced with --force', async ({
    assert,
    cleanup,
  }) => {
    const setup = await setUp(cleanup)
    const before = await setup.snapshot()
    const restore = (disk: Disk) =>
      new RestoreBackup().handle({ file: setup.plain, connection: setup.target, disk })
    await assert.rejects(() => restore(setup.targetDisk), /already holds data.*--force/)
    assert.deepEqual(await setup.snapshot(), before)

    // An empty database with files on the disk is not empty either.
    const blank = await scratchSqlite(cleanup, setup.folder)
    const error = await new RestoreBackup()
      .handle({ file: setup.plain, connection: blank, disk: setup.targetDisk })
      .catch((caught) => caught)
    assert.equal(error.reason, 'E_BACKUP_TARGET_NOT_EMPTY')
    assert.deepEqual(await portableRows(blank), {})
  })

  test('a database that was only migrated counts as empty', async ({ assert, cleanup }) => {
    const setup = await setUp(cleanup)
    const migrated = await scratchSqlite(cleanup, setup.folder)
    await migrate(migrated)
    const restored = await new RestoreBackup().handle({
      file: setup.plain,
      connection: migrated,
      disk: folderDisk(join(setup.folder, 'fresh-uploads')),
    })
    assert.equal(restored.uploads, 1)
    const users = await db.connection(migrated).from('users').orderBy('id').select('username')
    assert.deepEqual(users, [{ username: 'ann' }, { username: 'bob' }])
  })

  test('altered, missing and extra members are refused', async ({ assert, cleanup }) => {
    const setup = await setUp(cleanup)
    const members = await readMembers(setup.plain)
    const users = members.find((member) => member.path === 'db/users.jsonl')!

    const altered = members.map((member) =>
      member === users
        ? { ...member, body: Buffer.from(users.body!.toString().replace('ann', 'eve')) }
        : member
    )
    await writeMembers(join(setup.folder, 'altered.tar.gz'), altered)
    await assertRefused(
      assert,
      setup,
      join(setup.folder, 'altered.tar.gz'),
      'E_BACKUP_CHECKSUM',
      /users\.jsonl/
    )

    await writeMembers(
      join(setup.folder, 'missing.tar.gz'),
      members.filter((m) => m !== users)
    )
    await assertRefused(
      assert,
      setup,
      join(setup.folder, 'missing.tar.gz'),
      'E_BACKUP_TRUNCATED',
      /users\.jsonl is missing/
    )

    const extra = [...members, { path: 'uploads/unlisted.txt', body: Buffer.from('?') }]
    await writeMembers(join(setup.folder, 'extra.tar.gz'), extra)
    await assertRefused(
      assert,
      setup,
      join(setup.folder, 'extra.tar.gz'),
      'E_BACKUP_UNSAFE_MEMBER',
      /does not list/
    )
  })

  test('rows that cannot be loaded roll the whole restore back', async ({ assert, cleanup }) => {
    const setup = await setUp(cleanup)
    const members = await readMembers(setup.plain)
    const users = members.find((member) => member.path === 'db/users.jsonl')!.body!.toString()
    const [firstRow] = users.split('\n')

    // A duplicated primary key fails in the middle of the load.
    const duplicated = forgeMember(members, 'db/users.jsonl', Buffer.from(`${users}${firstRow}\n`))
    const withCount = editManifest(duplicated, (manifest) => {
      manifest.tables.find((table: any) => table.name === 'users').rows += 1
    })
    await writeMembers(join(setup.folder, 'duplicate.tar.gz'), withCount)
    await assertRefused(
      assert,
      setup,
      join(setup.folder, 'duplicate.tar.gz'),
      'E_BACKUP_RESTORE_FAILED',
      /nothing was changed: UNIQUE constraint failed/
    )

    // Fewer rows than the manifest counts.
    const fewer = forgeMember(members, 'db/users.jsonl', Buffer.from(`${firstRow}\n`))
    await writeMembers(join(setup.folder, 'count.tar.gz'), fewer)
    await assertRefused(
      assert,
      setup,
      join(setup.folder, 'count.tar.gz'),
      'E_BACKUP_ROW_COUNT',
      /users/
    )

    // A row of the wrong shape.
    const short = forgeMember(members, 'db/users.jsonl', Buffer.from('[1,"a"]\n'))
    await writeMembers(join(setup.folder, 'short.tar.gz'), short)
    await assertRefused(
      assert,
      setup,
      join(setup.folder, 'short.tar.gz'),
      'E_BACKUP_CORRUPT',
      /Row 1 of users/
    )
  })

  test('files that are not archives are named as such', async ({ assert, cleanup }) => {
    const setup = await setUp(cleanup)
    const text = join(setup.folder, 'notes.txt')
    await writeFile(text, 'just some text')
    await assertRefused(assert, setup, text, 'E_BACKUP_NOT_AN_ARCHIVE', /not a Filamenta backup/)
    await assertRefused(
      assert,
      setup,
      join(setup.folder, 'absent.tar.gz'),
      'E_BACKUP_NOT_FOUND',
      /No archive at/
    )
  })
})
