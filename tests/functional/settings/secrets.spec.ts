import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import Setting from '#models/setting'
import { getSetting } from '#support/settings/get_setting'
import { installSite, isolateInstallState } from '#tests/helpers/install'
import { installedAdmin, mailForm, settingsChanges } from './helpers.js'

const PASSWORD = 'Smtp-Secret-7f3a-kiwi'
const NEXT_PASSWORD = 'Another-Smtp-Secret-19'

test.group('Settings / secrets', (group) => {
  isolateInstallState(group)
  let admin: User
  group.each.setup(async () => {
    await installSite()
    admin = await installedAdmin()
  })

  let http: ApiClient
  group.each.setup(({ context }) => {
    http = context!.client
  })
  const saveMail = (form: Record<string, unknown>) =>
    http.post('/admin/settings/mail').loginAs(admin).withCsrfToken().form(mailForm(form))

  test('a saved password is stored encrypted and never sent back', async ({ client, assert }) => {
    const page = await saveMail({ mail_smtp_password: PASSWORD })

    page.assertStatus(200)
    page.assertTextIncludes('The settings are saved.')
    page.assertTextIncludes('data-secret-state="set"')
    assert.notInclude(page.text(), PASSWORD)
    const row = await Setting.findOrFail('mail.smtp.password')
    assert.isOk(row.isSecret)
    assert.notInclude(row.value, PASSWORD)
    assert.equal(await getSetting('mail.smtp.password'), PASSWORD)

    const again = await client.get('/admin/settings?group=mail').loginAs(admin)
    assert.notInclude(again.text(), PASSWORD)
  })

  test('the audit trail records the change with the value masked', async ({ assert }) => {
    await saveMail({ mail_smtp_password: PASSWORD })

    const [entry] = await settingsChanges()
    assert.equal(entry.event.targetId, 'mail')
    assert.include(Object.keys(entry.changes.after!), 'mail.smtp.password')
    assert.isNull(entry.changes.before!['mail.smtp.password'])
    assert.notEqual(entry.changes.after!['mail.smtp.password'], null)
    const rows = await db.from('audit_events').select('*')
    assert.notInclude(JSON.stringify(rows), PASSWORD)
  })

  test('an empty replace field keeps the saved password', async ({ assert }) => {
    await saveMail({ mail_smtp_password: PASSWORD })
    await saveMail({ mail_smtp_password: '', mail_smtp_port: '2525' })

    assert.equal(await getSetting('mail.smtp.password'), PASSWORD)
    assert.equal(await getSetting('mail.smtp.port'), 2525)
    const [, second] = await settingsChanges()
    assert.deepEqual(Object.keys(second.changes.after!), ['mail.smtp.port'])
  })

  test('a typed password replaces the saved one', async ({ assert }) => {
    await saveMail({ mail_smtp_password: PASSWORD })
    const page = await saveMail({ mail_smtp_password: NEXT_PASSWORD })

    assert.equal(await getSetting('mail.smtp.password'), NEXT_PASSWORD)
    assert.notInclude(page.text(), NEXT_PASSWORD)
    assert.lengthOf(await settingsChanges(), 2)
  })

  test('the clear box removes the saved password', async ({ assert }) => {
    await saveMail({ mail_smtp_password: PASSWORD })
    const page = await saveMail({ clearSecrets: ['mail_smtp_password'] })

    page.assertTextIncludes('data-secret-state="not-set"')
    assert.isNull(await getSetting('mail.smtp.password'))
    const [, cleared] = await settingsChanges()
    assert.isNull(cleared.changes.after!['mail.smtp.password'])
  })

  test('a clear box for a field that is not a secret is refused', async ({ assert }) => {
    await saveMail({ mail_smtp_password: PASSWORD })
    const response = await saveMail({ clearSecrets: ['mail_smtp_host'] }).redirects(0)

    assert.deepEqual(Object.keys(response.flashMessage('inputErrorsBag')), ['clearSecrets.0'])
    assert.equal(await getSetting('mail.smtp.password'), PASSWORD)
  })

  test('a refused form shows neither the typed password nor keeps it in the session', async ({
    assert,
  }) => {
    const response = await saveMail({
      mail_smtp_password: PASSWORD,
      mail_smtp_port: 'not a port',
    }).redirects(0)

    assert.notInclude(JSON.stringify(response.flashMessages()), PASSWORD)
    const page = await saveMail({ mail_smtp_password: PASSWORD, mail_smtp_port: 'x' })
    page.assertTextIncludes('Enter a whole number.')
    page.assertTextIncludes('value="smtp.example.org"')
    assert.notInclude(page.text(), PASSWORD)
    assert.isNull(await Setting.find('mail.smtp.password'))
  })
})
