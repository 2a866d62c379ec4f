import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import mail from '@adonisjs/mail/services/main'
import UserToken from '#models/user_token'
import VerifyEmailNotification from '#mails/verify_email_notification'
import SendEmailVerification from '#actions/auth/send_email_verification'
import { hashToken } from '#support/user_tokens'
import { installSite, isolateInstallState } from '#tests/helpers/install'
import { tokenFromLastMail, unverifiedMember } from './helpers.js'

test.group('Email verification / sending the link', (group) => {
  isolateInstallState(group)
  group.each.setup(async () => {
    await installSite()
    return () => mail.restore()
  })

  test('a signed-in member asks for a link and is told where it went', async ({
    client,
    assert,
  }) => {
    const { mails } = mail.fake()
    const user = await unverifiedMember()
    const response = await client
      .post('/auth/send-verification')
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)

    response.assertHeader('location', '/auth/verify-email')
    assert.equal(
      response.flashMessage('success'),
      'A new link is on its way to member@example.org.'
    )
    mails.assertQueued(VerifyEmailNotification, (message) => message.user.id === user.id)
    mails.assertQueuedCount(1)
  })

  test('only the sha256 of the token is stored, valid for 24 hours', async ({ client, assert }) => {
    const { mails } = mail.fake()
    const user = await unverifiedMember()
    await client.post('/auth/send-verification').loginAs(user).withCsrfToken().redirects(0)

    const token = tokenFromLastMail(mails, '/auth/verify-email')
    const [row] = await UserToken.query().where('user_id', user.id)
    assert.equal(row.tokenHash, hashToken(token))
    assert.notEqual(row.tokenHash, token)
    assert.equal(row.purpose, 'verify_email')
    const hours = row.expiresAt.diff(DateTime.now(), 'hours').hours
    assert.closeTo(hours, 24, 0.1)
  })

  test('the fourth link within an hour is refused with a wait time', async ({ client, assert }) => {
    const { mails } = mail.fake()
    const user = await unverifiedMember()
    const send = () =>
      client.post('/auth/send-verification').loginAs(user).withCsrfToken().redirects(0)

    for (let i = 0; i < 3; i++) {
      const response = await send()
      response.assertHeader('location', '/auth/verify-email')
    }
    const fourth = await send()

    fourth.assertHeader('location', '/auth/verify-email')
    assert.match(
      String(fourth.flashMessage('error')),
      /^You already asked for several links\. Try again in \d+ minutes?\.$/
    )
    assert.isUndefined(fourth.flashMessage('success'))
    mails.assertQueuedCount(3)
  })

  test('the limit is per member: another member still gets a link', async ({ assert }) => {
    const { mails } = mail.fake()
    const first = await unverifiedMember()
    const second = await unverifiedMember({ email: 'other@example.org', username: 'other' })
    const action = new SendEmailVerification()
    for (let i = 0; i < 3; i++) await action.handle(first)

    assert.deepEqual(await action.handle(second), { status: 'sent' })
    assert.propertyVal(await action.handle(first), 'status', 'throttled')
    mails.assertQueuedCount(4)
  })

  test('an address already confirmed gets no link', async ({ client, assert }) => {
    const { mails } = mail.fake()
    const user = await unverifiedMember()
    user.emailVerifiedAt = DateTime.now()
    await user.save()

    const response = await client
      .post('/auth/send-verification')
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', '/')
    mails.assertNoneQueued()
    assert.lengthOf(await UserToken.all(), 0)
  })

  test('a visitor who is not signed in is sent to sign in', async ({ client, assert }) => {
    const { mails } = mail.fake()
    const response = await client.post('/auth/send-verification').withCsrfToken().redirects(0)
    response.assertHeader('location', '/login')
    mails.assertNoneQueued()
    assert.lengthOf(await UserToken.all(), 0)
  })

  test('a form without its CSRF token sends nothing', async ({ client, assert }) => {
    const { mails } = mail.fake()
    const user = await unverifiedMember()
    const response = await client.post('/auth/send-verification').loginAs(user).redirects(0)
    assert.notEqual(response.header('location'), '/auth/verify-email')
    mails.assertNoneQueued()
    assert.lengthOf(await UserToken.all(), 0)
  })

  test('the notice page names the address and offers a new link', async ({ client }) => {
    const user = await unverifiedMember()
    const page = await client.get('/auth/verify-email').loginAs(user)
    page.assertStatus(200)
    page.assertTextIncludes('We sent a link to member@example.org.')
    page.assertTextIncludes('action="/auth/send-verification"')
  })

  test('the notice page sends a confirmed member home, a visitor to sign in', async ({
    client,
  }) => {
    const user = await unverifiedMember()
    user.emailVerifiedAt = DateTime.now()
    await user.save()
    const confirmed = await client.get('/auth/verify-email').loginAs(user).redirects(0)
    confirmed.assertHeader('location', '/')
    const visitor = await client.get('/auth/verify-email').redirects(0)
    visitor.assertHeader('location', '/login')
  })

  test('the notice page speaks the member’s language', async ({ client }) => {
    const user = await unverifiedMember({ locale: 'fr' })
    const page = await client.get('/auth/verify-email').loginAs(user)
    page.assertTextIncludes('Confirmez votre adresse e-mail')
  })
})
