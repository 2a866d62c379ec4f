import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import mail from '@adonisjs/mail/services/main'
import User from '#models/user'
import UserToken from '#models/user_token'
import AuditEvent from '#models/audit_event'
import { installSite, isolateInstallState } from '#tests/helpers/install'
import { issueToken, tokenFromLastMail, unverifiedMember } from './helpers.js'

const INVALID_PAGE = 'This link no longer works'

test.group('Email verification / opening the link', (group) => {
  isolateInstallState(group)
  group.each.setup(async () => {
    await installSite()
  })

  test('the link from the email confirms the address, signed out', async ({ client, assert }) => {
    const { mails } = mail.fake()
    const user = await unverifiedMember()
    await client.post('/auth/send-verification').loginAs(user).withCsrfToken()
    const token = tokenFromLastMail(mails, '/auth/verify-email')
    mail.restore()

    const page = await client.get(`/auth/verify-email/${token}`)
    page.assertStatus(200)
    page.assertTextIncludes('Email address confirmed')

    await user.refresh()
    assert.isTrue(DateTime.isDateTime(user.emailVerifiedAt))
    const row = await UserToken.findByOrFail('user_id', user.id)
    assert.isNotNull(row.usedAt)
    const events = await AuditEvent.query().where('event', 'auth.email.verified')
    assert.lengthOf(events, 1)
    assert.equal(events[0].subjectUserId, user.id)
  })

  test('a used link says the address is confirmed and changes nothing more', async ({
    client,
    assert,
  }) => {
    const user = await unverifiedMember()
    const token = await issueToken(user, 'verify_email', 24)
    await client.get(`/auth/verify-email/${token}`)
    await user.refresh()
    const firstVerifiedAt = user.emailVerifiedAt!.toISO()

    const again = await client.get(`/auth/verify-email/${token}`)
    again.assertStatus(200)
    again.assertTextIncludes('Email address confirmed')
    await user.refresh()
    assert.equal(user.emailVerifiedAt!.toISO(), firstVerifiedAt)
    assert.lengthOf(await AuditEvent.query().where('event', 'auth.email.verified'), 1)
  })

  test('a used link no longer works once the address is unconfirmed again', async ({
    client,
    assert,
  }) => {
    const user = await unverifiedMember()
    const token = await issueToken(user, 'verify_email', 24)
    await client.get(`/auth/verify-email/${token}`)
    await User.query().where('id', user.id).update({ email_verified_at: null })

    const again = await client.get(`/auth/verify-email/${token}`)
    again.assertStatus(410)
    again.assertTextIncludes(INVALID_PAGE)
    await user.refresh()
    assert.isNull(user.emailVerifiedAt)
  })

  test('an expired link confirms nothing', async ({ client, assert }) => {
    const user = await unverifiedMember()
    const token = await issueToken(user, 'verify_email', 24)
    await UserToken.query()
      .where('user_id', user.id)
      .update({ expires_at: DateTime.now().minus({ minutes: 1 }).toFormat('yyyy-MM-dd HH:mm:ss') })

    const page = await client.get(`/auth/verify-email/${token}`)
    page.assertStatus(410)
    page.assertTextIncludes(INVALID_PAGE)
    await user.refresh()
    assert.isNull(user.emailVerifiedAt)
  })

  test('an unknown link confirms nothing', async ({ client, assert }) => {
    const user = await unverifiedMember()
    await issueToken(user, 'verify_email', 24)
    const page = await client.get(`/auth/verify-email/${'Z'.repeat(43)}`)
    page.assertStatus(410)
    page.assertTextIncludes(INVALID_PAGE)
    await user.refresh()
    assert.isNull(user.emailVerifiedAt)
  })

  test('malformed links get the same page without a database lookup error', async ({ client }) => {
    for (const token of ['abc', 'A'.repeat(44), '%27%20OR%201%3D1--', 'A'.repeat(2000)]) {
      const page = await client.get(`/auth/verify-email/${token}`)
      page.assertStatus(410)
      page.assertTextIncludes(INVALID_PAGE)
    }
  })

  test('a password-reset token does not confirm an address', async ({ client, assert }) => {
    const user = await unverifiedMember()
    const token = await issueToken(user, 'reset_password')
    const page = await client.get(`/auth/verify-email/${token}`)
    page.assertStatus(410)
    await user.refresh()
    assert.isNull(user.emailVerifiedAt)
  })

  test('asking for a new link makes the previous one stop working', async ({ client, assert }) => {
    const user = await unverifiedMember()
    const first = await issueToken(user, 'verify_email', 24)
    const second = await issueToken(user, 'verify_email', 24)

    const stale = await client.get(`/auth/verify-email/${first}`)
    stale.assertStatus(410)
    const latest = await client.get(`/auth/verify-email/${second}`)
    latest.assertStatus(200)
    await user.refresh()
    assert.isNotNull(user.emailVerifiedAt)
  })

  test('the stale-link page offers a new link when signed in, sign-in otherwise', async ({
    client,
  }) => {
    const user = await unverifiedMember()
    const signedIn = await client.get(`/auth/verify-email/${'Z'.repeat(43)}`).loginAs(user)
    signedIn.assertTextIncludes('action="/auth/send-verification"')
    signedIn.assertTextIncludes('Send me a new link')

    const visitor = await client.get(`/auth/verify-email/${'Z'.repeat(43)}`)
    visitor.assertTextIncludes('Sign in to get a new link')
    visitor.assertTextIncludes('href="/login"')
  })
})
