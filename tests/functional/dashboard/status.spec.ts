import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import env from '#start/env'
import User from '#models/user'
import { installSite, isolateInstallState } from '#tests/helpers/install'

const backupName = (time: DateTime) =>
  `filamenta-${time.toUTC().toFormat("yyyyMMdd'T'HHmmss")}Z.tar.gz`

test.group('Admin dashboard / system status', (group) => {
  isolateInstallState(group)
  let admin: User
  let backups: string
  group.each.setup(async () => {
    await installSite()
    admin = await User.findByOrFail('username', 'admin')
    const previous = process.env.BACKUP_DIR
    backups = await mkdtemp(join(tmpdir(), 'filamenta-dashboard-backups-'))
    process.env.BACKUP_DIR = backups
    return async () => {
      if (previous === undefined) delete process.env.BACKUP_DIR
      else process.env.BACKUP_DIR = previous
      await rm(backups, { recursive: true, force: true })
    }
  })

  test('reports the database, mail, disk, migrations and a fresh backup', async ({ client }) => {
    await writeFile(join(backups, backupName(DateTime.now().minus({ hours: 1 }))), 'archive')

    const page = await client.get('/admin').loginAs(admin)

    page.assertStatus(200)
    page.assertTextIncludes('<li data-status="database" data-state="pass">')
    // The test environment writes mail to files (MAIL_MAILER=file).
    page.assertTextIncludes('<li data-status="mail" data-state="warn">')
    page.assertTextIncludes('Written to files, not sent')
    page.assertTextIncludes('<li data-status="disk" data-state="pass">')
    page.assertTextIncludes('<li data-status="migrations" data-state="pass">')
    page.assertTextIncludes('<li data-status="backup" data-state="pass">')
  })

  test('warns when no backup was ever made', async ({ client }) => {
    await writeFile(join(backups, 'notes.txt'), 'not an archive')
    const page = await client.get('/admin').loginAs(admin)
    page.assertTextIncludes('<li data-status="backup" data-state="warn">')
    page.assertTextIncludes(`No backup found in ${backups}`)
  })

  test('flags a backup more than a week old', async ({ client }) => {
    // doctor judges an archive by when it was written.
    const eightDaysAgo = DateTime.now().minus({ days: 8 })
    const archive = join(backups, backupName(eightDaysAgo))
    await writeFile(archive, 'archive')
    await utimes(archive, eightDaysAgo.toJSDate(), eightDaysAgo.toJSDate())

    const page = await client.get('/admin').loginAs(admin)
    page.assertTextIncludes('<li data-status="backup" data-state="fail">')
  })

  // CI also runs this suite with REDIS_HOST set: each test picks its own setting.
  // (Env.set writes process.env too, where `undefined` would become a string.)
  function setRedisHost(value: string | undefined) {
    env.set('REDIS_HOST', value)
    if (value === undefined) delete process.env.REDIS_HOST
  }

  test('leaves Redis out when the site has none', async ({ client, assert, cleanup }) => {
    const configured = env.get('REDIS_HOST')
    setRedisHost(undefined)
    cleanup(() => setRedisHost(configured))
    const page = await client.get('/admin').loginAs(admin)
    assert.notInclude(page.text(), 'data-status="redis"')
  })

  test('shows Redis up when the site has one', async ({ client, cleanup }) => {
    const configured = env.get('REDIS_HOST')
    setRedisHost(configured ?? '127.0.0.1')
    cleanup(() => setRedisHost(configured))
    const page = await client.get('/admin').loginAs(admin)
    page.assertTextIncludes('data-status="redis" data-state="pass"')
  })
})
