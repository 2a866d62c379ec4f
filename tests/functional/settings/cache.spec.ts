import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import SetSetting from '#actions/settings/set_setting'
import { CLI_ACTOR } from '#actions/users/actor'
import { LOCKOUT_DEFAULTS } from '#actions/auth/attempt_login'
import { forgetSettings, readSetting, saveSetting } from '#support/settings_store'
import { getSetting } from '#support/settings/get_setting'
import { installSite, isolateInstallState } from '#tests/helpers/install'

const signIn = (client: any, uid: string) =>
  client.post('/login').withCsrfToken().form({ uid, password: 'Not-The-Password-1' }).redirects(0)

test.group('Settings / cache and effect', (group) => {
  isolateInstallState(group)
  group.each.setup(async () => {
    await installSite({ siteName: 'Atelier' })
  })

  test('a warm cache answers without reading the table', async ({ assert }) => {
    assert.equal(await getSetting('site.name'), 'Atelier')
    // Behind the cache's back: only a read of the table would notice.
    await db.from('settings').where('key', 'site.name').update({ value: '"Changed in SQL"' })

    assert.equal(await getSetting('site.name'), 'Atelier')
    await forgetSettings()
    assert.equal(await getSetting('site.name'), 'Changed in SQL')
  })

  test('every save is read back at once', async ({ assert }) => {
    assert.equal(await getSetting('uploads.max_image_mb'), 10)
    await saveSetting('uploads.max_image_mb', 4)
    assert.equal(await getSetting('uploads.max_image_mb'), 4)

    await db.transaction(async (trx) => {
      await saveSetting('uploads.max_image_mb', 6, { client: trx })
    })
    assert.equal(await getSetting('uploads.max_image_mb'), 6)
  })

  test('readSetting keeps its fallback for keys never saved', async ({ assert }) => {
    assert.equal(await readSetting('not.declared', 'fallback'), 'fallback')
    assert.equal(await getSetting('security.lockout_minutes'), LOCKOUT_DEFAULTS.minutes)
    assert.equal(await getSetting('security.lockout_threshold'), LOCKOUT_DEFAULTS.threshold)
  })

  test('the sign-in rate limits come from the setting', async ({ client }) => {
    await new SetSetting().handle({
      key: 'security.login_rate_limits',
      value: '{"perIp": 3, "perAccount": 10, "windowMinutes": 5}',
      actor: CLI_ACTOR,
    })
    for (let attempt = 0; attempt < 3; attempt++) await signIn(client, `someone-${attempt}`)

    const blocked = await signIn(client, 'admin')
    blocked.assertStatus(429)
  })

  test('the lockout threshold comes from the setting', async ({ client, assert }) => {
    await new SetSetting().handle({
      key: 'security.lockout_threshold',
      value: '3',
      actor: CLI_ACTOR,
    })
    for (let attempt = 0; attempt < 3; attempt++) await signIn(client, 'admin')

    const admin = await db.from('users').where('username', 'admin').firstOrFail()
    assert.isNotNull(admin.locked_until)
  })
})
