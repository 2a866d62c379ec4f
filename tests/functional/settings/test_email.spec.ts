import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import type User from '#models/user'
import AuditEvent from '#models/audit_event'
import Setting from '#models/setting'
import { saveSetting } from '#support/settings_store'
import { installSite, isolateInstallState } from '#tests/helpers/install'
import { startSmtpCatcher } from '../mail/smtp_catcher.js'
import { installedAdmin, mailForm } from './helpers.js'

const CREDENTIALS = { user: 'mailer', password: 'Smtp-Secret-42-pear' }

test.group('Settings / send test email', (group) => {
  isolateInstallState(group)
  let admin: User
  let http: ApiClient
  group.each.setup(async ({ context }) => {
    http = context!.client
    await installSite()
    admin = await installedAdmin()
  })

  const sendTest = (form: Record<string, unknown>) =>
    http
      .post('/admin/settings/mail/test')
      .loginAs(admin)
      .withCsrfToken()
      .form(mailForm({ mail_smtp_host: '127.0.0.1', ...form }))

  test('sends through the values as typed, without saving them', async ({ assert }) => {
    const catcher = await startSmtpCatcher({ credentials: CREDENTIALS })
    const arriving = catcher.nextMessage()

    const page = await sendTest({
      mail_smtp_port: String(catcher.port),
      mail_smtp_user: CREDENTIALS.user,
      mail_smtp_password: CREDENTIALS.password,
    })
    const message = await arriving
    await catcher.close()

    page.assertTextIncludes('A test message was sent to admin@example.org.')
    page.assertTextIncludes(`value="${catcher.port}"`)
    assert.notInclude(page.text(), CREDENTIALS.password)
    assert.equal(message.subject, "Test message from your site's mail settings")
    assert.deepEqual(message.from?.value, [{ address: 'noreply@example.org', name: 'Atelier' }])
    assert.isNull(await Setting.find('mail.smtp.host'))
    assert.isNull(await Setting.find('mail.smtp.password'))
    const audit = await AuditEvent.findByOrFail('event', 'settings.mail.tested')
    assert.equal(audit.actorId, admin.id)
    assert.containsSubset(audit.parsedDetails, { status: 'sent', to: 'admin@example.org' })
  })

  test('an empty password field uses the saved password', async ({ assert }) => {
    await saveSetting('mail.smtp.password', CREDENTIALS.password, { secret: true })
    const catcher = await startSmtpCatcher({ credentials: CREDENTIALS })
    const arriving = catcher.nextMessage()

    const page = await sendTest({
      mail_smtp_port: String(catcher.port),
      mail_smtp_user: CREDENTIALS.user,
    })
    await arriving
    await catcher.close()

    page.assertTextIncludes('A test message was sent')
    assert.notInclude(page.text(), CREDENTIALS.password)
  })

  test('reports the server’s refusal as an error message', async ({ assert }) => {
    const catcher = await startSmtpCatcher({ credentials: CREDENTIALS })

    const page = await sendTest({
      mail_smtp_port: String(catcher.port),
      mail_smtp_user: CREDENTIALS.user,
      mail_smtp_password: 'wrong-password',
    })
    await catcher.close()

    page.assertTextIncludes('The test message could not be sent:')
    page.assertTextIncludes('Invalid login')
    assert.equal(catcher.received.length, 0)
    const audit = await AuditEvent.findByOrFail('event', 'settings.mail.tested')
    assert.equal(audit.parsedDetails.status, 'failed')
    assert.notInclude(JSON.stringify(audit.serialize()), 'wrong-password')
  })

  test('reports a server that cannot be reached', async () => {
    const catcher = await startSmtpCatcher()
    const closedPort = catcher.port
    await catcher.close()

    const page = await sendTest({ mail_smtp_port: String(closedPort) })

    page.assertTextIncludes('The test message could not be sent:')
    page.assertTextIncludes('ECONNREFUSED')
  })

  test('asks for a host before testing', async ({ assert }) => {
    const page = await sendTest({ mail_smtp_host: '' })

    page.assertTextIncludes('Enter the SMTP host to send a test message.')
    assert.isNull(await AuditEvent.findBy('event', 'settings.mail.tested'))
  })

  test('bad values get field messages and nothing is sent', async ({ assert }) => {
    const response = await sendTest({ mail_smtp_port: '0', mail_from_address: 'nobody' }).redirects(
      0
    )

    response.assertHeader('location', '/admin/settings?group=mail')
    assert.sameMembers(Object.keys(response.flashMessage('inputErrorsBag')), [
      'mail_smtp_port',
      'mail_from_address',
    ])
    assert.isNull(await AuditEvent.findBy('event', 'settings.mail.tested'))
  })
})
