import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import { rm } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import type { ConnectionConfig } from '@adonisjs/lucid/types/database'
import User from '#models/user'
import { forgetInstallState } from '#support/install_state'
import { forgetSiteSettings } from '#support/site_settings'
import { installSite } from '#tests/helpers/install'

/*
| Not inside a global transaction: the install moves the process to another
| database, which is what is under test. Everything is put back afterwards.
*/
test.group('Install / choosing another database', (group) => {
  let scratchFile: string

  group.each.setup(() => {
    const primary = db.primaryConnectionName
    const saved = new Map<string, ConnectionConfig>()
    for (const name of ['sqlite', 'pg', 'mysql']) {
      const node = db.manager.get(name)
      if (node) saved.set(name, node.config)
    }
    scratchFile = app.tmpPath(`switch-${randomUUID()}.sqlite3`)
    forgetInstallState()

    return async () => {
      for (const [name, config] of saved) {
        if (db.manager.get(name)?.config !== config) db.manager.patch(name, config)
      }
      db.primaryConnectionName = primary
      forgetInstallState()
      forgetSiteSettings()
      await rm(scratchFile, { force: true })
    }
  })

  test('the running site uses the new database at once, without a restart', async ({
    client,
    assert,
  }) => {
    const result = await installSite({
      database: { engine: 'sqlite', path: scratchFile },
      admin: {
        email: 'switch@example.org',
        username: 'switcher',
        password: 'Another-Strong-Pass-1',
      },
    })

    assert.equal(db.primaryConnectionName, 'sqlite')
    const connection = db.manager.get('sqlite')!.config.connection as { filename: string }
    assert.equal(connection.filename, scratchFile)

    const admin = await User.findOrFail(result.adminId)
    assert.equal(admin.email, 'switch@example.org')

    const ready = await client.get('/health/ready')
    ready.assertStatus(200)
    const wizard = await client.get('/install/language')
    wizard.assertStatus(404)
    const login = await client
      .post('/login')
      .withCsrfToken()
      .form({ uid: 'switcher', password: 'Another-Strong-Pass-1' })
      .redirects(0)
    login.assertHeader('location', '/')
  })
})
