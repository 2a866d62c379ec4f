import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import mail from '@adonisjs/mail/services/main'
import User from '#models/user'
import AuditEvent from '#models/audit_event'
import VerifyEmailNotification from '#mails/verify_email_notification'
import { assertFieldError } from '#tests/helpers/form_errors'
import { installSite, isolateInstallState, STRONG_PASSWORD } from '#tests/helpers/install'

const form = (overrides: Record<string, string> = {}) => ({
  fullName: 'Ada Admin',
  email: 'admin@example.org',
  username: 'admin',
  locale: 'en',
  ...overrides,
})

test.group('Profile page', (group) => {
  isolateInstallState(group)
  let admin: User
  group.each.setup(async () => {
    await installSite()
    admin = await User.findByOrFail('username', 'admin')
  })
  group.each.teardown(() => mail.restore())

  const save = (client: any, values: Record<string, string>) =>
    client.post('/account/profile').loginAs(admin).withCsrfToken().form(values).redirects(0)

  test('shows the signed-in person’s details', async ({ client }) => {
    const page = await client.get('/account/profile').loginAs(admin)
    page.assertStatus(200)
    page.assertTextIncludes('value="admin@example.org"')
    page.assertTextIncludes('name="currentPassword"')
  })

  test('is only for signed-in people', async ({ client }) => {
    const page = await client.get('/account/profile').redirects(0)
    page.assertHeader('location', '/login')
  })

  test('saves the full name, username and language, and records it', async ({ client, assert }) => {
    const response = await save(client, form({ username: 'ada', locale: 'fr' }))

    response.assertHeader('location', '/account/profile')
    // The notice speaks the language just chosen.
    assert.equal(response.flashMessage('success'), 'Votre profil est enregistré.')
    await admin.refresh()
    assert.equal(admin.fullName, 'Ada Admin')
    assert.equal(admin.username, 'ada')
    assert.equal(admin.locale, 'fr')
    const event = await AuditEvent.findByOrFail('event', 'user.profile.updated')
    assert.equal(event.via, 'web')
    assert.deepEqual(Object.keys(JSON.parse(event.details!)).sort(), [
      'fullName',
      'locale',
      'username',
    ])
  })

  test('says when nothing changed, and records nothing', async ({ client, assert }) => {
    admin.merge({ fullName: 'Ada Admin', locale: 'en' })
    await admin.save()

    const response = await save(client, form())

    assert.equal(response.flashMessage('success'), 'Nothing changed.')
    assert.isNull(await AuditEvent.findBy('event', 'user.profile.updated'))
  })

  test('a new email address loses its confirmation and gets a new link', async ({
    client,
    assert,
  }) => {
    admin.emailVerifiedAt = DateTime.now()
    await admin.save()
    const { mails } = mail.fake()

    const response = await save(client, form({ email: 'New@Example.org' }))

    response.assertHeader('location', '/account/profile')
    assert.include(response.flashMessage('success'), 'We sent a link to your new address')
    await admin.refresh()
    assert.equal(admin.email, 'new@example.org')
    assert.isNull(admin.emailVerifiedAt)
    mails.assertQueued(VerifyEmailNotification, (message) => message.user.id === admin.id)
  })

  test('refuses an email or username taken by someone else, as field errors', async ({
    client,
    assert,
  }) => {
    await User.create({
      email: 'taken@example.org',
      username: 'taken',
      password: STRONG_PASSWORD,
      role: 'member',
    })

    const email = await save(client, form({ email: 'TAKEN@example.org' }))
    const username = await save(client, form({ username: 'Taken' }))

    email.assertStatus(302)
    assertFieldError(email, 'email', 'This email is already taken')
    assertFieldError(username, 'username', 'This username is already taken')
    await admin.refresh()
    assert.equal(admin.email, 'admin@example.org')
    assert.equal(admin.username, 'admin')
  })

  test('refuses an invalid email, username or language', async ({ client }) => {
    const response = await save(client, form({ email: 'nope', username: 'a b', locale: 'de' }))

    assertFieldError(response, 'email')
    assertFieldError(response, 'username')
    assertFieldError(response, 'locale')
  })

  test('refuses a form without its CSRF token', async ({ client, assert }) => {
    const response = await client
      .post('/account/profile')
      .loginAs(admin)
      .form(form({ username: 'ada' }))
      .redirects(0)

    response.assertStatus(302)
    response.assertFlashMessage('error', 'This form has expired. Please submit it again.')
    await admin.refresh()
    assert.equal(admin.username, 'admin')
  })
})
