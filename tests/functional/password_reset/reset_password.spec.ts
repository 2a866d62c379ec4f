import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import mail from '@adonisjs/mail/services/main'
import User from '#models/user'
import UserToken from '#models/user_token'
import AuditEvent from '#models/audit_event'
import UserSession from '#models/user_session'
import PasswordChangedNotification from '#mails/password_changed_notification'
import * as userTokens from '#support/user_tokens'
import { assertFieldError } from '#tests/helpers/form_errors'
import { installSite, isolateInstallState, STRONG_PASSWORD } from '#tests/helpers/install'

const NEW_PASSWORD = 'Brand-New-Passw0rd-77'
const INVALID_PAGE = 'This link no longer works'

async function memberWithLink() {
  const user = await User.create({
    email: 'member@example.org',
    username: 'member',
    password: STRONG_PASSWORD,
    role: 'member',
    locale: 'en',
  })
  const token = await userTokens.issue(user, 'reset_password', { hours: 1 })
  return { user, token }
}

const submit = (client: any, token: string, form: Record<string, unknown>) =>
  client.post(`/auth/reset-password/${token}`).withCsrfToken().form(form).redirects(0)

const newPassword = { password: NEW_PASSWORD, passwordConfirmation: NEW_PASSWORD }

/** The status a request answers with. */
async function statusOf(request: PromiseLike<{ status(): number }>) {
  const response = await request
  return response.status()
}

async function passwordIs(user: User, password: string) {
  await user.refresh()
  return User.verifyCredentials(user.username, password).then(
    () => true,
    () => false
  )
}

test.group('Password reset / choosing a new password', (group) => {
  isolateInstallState(group)
  group.each.setup(async () => {
    await installSite()
    return () => mail.restore()
  })

  test('the link opens the form, keeping the token out of Referer and caches', async ({
    client,
  }) => {
    const { token } = await memberWithLink()
    const page = await client.get(`/auth/reset-password/${token}`)
    page.assertStatus(200)
    page.assertTextIncludes('Choose a new password')
    page.assertTextIncludes(`action="/auth/reset-password/${token}"`)
    page.assertHeader('referrer-policy', 'no-referrer')
    page.assertHeader('cache-control', 'no-store')
  })

  test('a strong, confirmed password is saved and the member sent to sign in', async ({
    client,
    assert,
  }) => {
    const { mails } = mail.fake()
    const { user, token } = await memberWithLink()
    const response = await submit(client, token, newPassword)

    response.assertHeader('location', '/login')
    assert.equal(
      response.flashMessage('success'),
      'Your password is changed and every session of your account is signed out. Sign in with your new password.'
    )
    assert.isTrue(await passwordIs(user, NEW_PASSWORD))
    assert.isFalse(await passwordIs(user, STRONG_PASSWORD))
    assert.notEqual(user.password, NEW_PASSWORD)
    assert.closeTo(user.passwordChangedAt!.diffNow('seconds').seconds, 0, 10)
    mails.assertQueued(PasswordChangedNotification, (message) => message.user.id === user.id)
    const [event] = await AuditEvent.query().where('event', 'auth.password.reset')
    assert.equal(event.subjectUserId, user.id)
  })

  test('every session and remembered browser of the account ends', async ({ client, assert }) => {
    const { user, token } = await memberWithLink()
    for (let i = 0; i < 2; i++) {
      await UserSession.create({
        id: randomUUID(),
        userId: user.id,
        lastSeenAt: DateTime.now(),
      })
    }
    await User.rememberMeTokens.create(user, '30 days')

    await submit(client, token, newPassword)

    const active = await UserSession.query().where('user_id', user.id).whereNull('ended_at')
    assert.lengthOf(active, 0)
    const remembered = await db.from('remember_me_tokens').where('tokenable_id', user.id)
    assert.lengthOf(remembered, 0)
  })

  test('a browser signed in while resetting is signed out too', async ({ client, assert }) => {
    const { user, token } = await memberWithLink()
    const response = await client
      .post(`/auth/reset-password/${token}`)
      .loginAs(user)
      .withCsrfToken()
      .form(newPassword)
      .redirects(0)
    response.assertHeader('location', '/login')
    assert.notProperty(response.session(), 'auth_web')
  })

  test('a lockout is lifted: the owner proved who they are', async ({ client, assert }) => {
    const { user, token } = await memberWithLink()
    user.merge({ failedLoginCount: 3, lockedUntil: DateTime.now().plus({ minutes: 15 }) })
    await user.save()

    await submit(client, token, newPassword)
    await user.refresh()
    assert.equal(user.failedLoginCount, 0)
    assert.isNull(user.lockedUntil)
  })

  test('a used link works only once', async ({ client, assert }) => {
    const { user, token } = await memberWithLink()
    await submit(client, token, newPassword)

    const again = await submit(client, token, {
      password: 'Another-Passw0rd-88',
      passwordConfirmation: 'Another-Passw0rd-88',
    })
    again.assertStatus(410)
    again.assertTextIncludes(INVALID_PAGE)
    assert.isTrue(await passwordIs(user, NEW_PASSWORD))
    assert.equal(await statusOf(client.get(`/auth/reset-password/${token}`)), 410)
  })

  test('an expired link is refused, shown or submitted', async ({ client, assert }) => {
    const { user, token } = await memberWithLink()
    await UserToken.query()
      .where('user_id', user.id)
      .update({ expires_at: DateTime.now().minus({ minutes: 1 }).toFormat('yyyy-MM-dd HH:mm:ss') })

    const page = await client.get(`/auth/reset-password/${token}`)
    page.assertStatus(410)
    page.assertTextIncludes(INVALID_PAGE)
    page.assertTextIncludes('href="/auth/forgot-password"')
    assert.equal(await statusOf(submit(client, token, newPassword)), 410)
    assert.isTrue(await passwordIs(user, STRONG_PASSWORD))
  })

  test('unknown and malformed links are refused the same way', async ({ client, assert }) => {
    const { user } = await memberWithLink()
    for (const token of ['Z'.repeat(43), 'short', 'A'.repeat(44), '%00%27--', 'A'.repeat(2000)]) {
      assert.equal(await statusOf(client.get(`/auth/reset-password/${token}`)), 410)
      const posted = await submit(client, token, newPassword)
      posted.assertStatus(410)
      posted.assertTextIncludes(INVALID_PAGE)
    }
    assert.isTrue(await passwordIs(user, STRONG_PASSWORD))
  })

  test('an email-verification token cannot reset a password', async ({ client, assert }) => {
    const { user } = await memberWithLink()
    const token = await userTokens.issue(user, 'verify_email', { hours: 24 })
    assert.equal(await statusOf(submit(client, token, newPassword)), 410)
    assert.isTrue(await passwordIs(user, STRONG_PASSWORD))
  })

  test('a weak password is refused and the link keeps working', async ({ client, assert }) => {
    const { user, token } = await memberWithLink()
    for (const weak of ['short1!', 'alllowercaseletters', 'password123456']) {
      const response = await submit(client, token, { password: weak, passwordConfirmation: weak })
      response.assertHeader('location', `/auth/reset-password/${token}`)
      assertFieldError(response, 'password')
      assert.notProperty(response.flashMessage('password') ?? {}, 'password')
    }
    assert.isTrue(await passwordIs(user, STRONG_PASSWORD))
    assert.equal(await statusOf(client.get(`/auth/reset-password/${token}`)), 200)
  })

  test('a confirmation that does not match is refused', async ({ client, assert }) => {
    const { user, token } = await memberWithLink()
    const response = await submit(client, token, {
      password: NEW_PASSWORD,
      passwordConfirmation: `${NEW_PASSWORD}x`,
    })
    response.assertHeader('location', `/auth/reset-password/${token}`)
    assertFieldError(
      response,
      'passwordConfirmation',
      'The password and its confirmation do not match'
    )
    assert.isTrue(await passwordIs(user, STRONG_PASSWORD))
  })

  test('neither the password nor its confirmation is kept in the session', async ({
    client,
    assert,
  }) => {
    const { token } = await memberWithLink()
    const response = await submit(client, token, { password: 'weak', passwordConfirmation: 'nope' })
    assert.notInclude(JSON.stringify(response.session()), 'nope')
    assert.notInclude(JSON.stringify(response.session()), '"weak"')
  })

  test('a form without its CSRF token changes nothing', async ({ client, assert }) => {
    const { user, token } = await memberWithLink()
    await client.post(`/auth/reset-password/${token}`).form(newPassword).redirects(0)
    assert.isTrue(await passwordIs(user, STRONG_PASSWORD))
    assert.equal(await statusOf(client.get(`/auth/reset-password/${token}`)), 200)
  })

  test('a new link makes the older one stop working', async ({ client, assert }) => {
    const { user, token } = await memberWithLink()
    const newer = await userTokens.issue(user, 'reset_password', { hours: 1 })
    assert.equal(await statusOf(submit(client, token, newPassword)), 410)
    const accepted = await submit(client, newer, newPassword)
    accepted.assertHeader('location', '/login')
    assert.isTrue(await passwordIs(user, NEW_PASSWORD))
  })
})

test.group('Password reset / tokens', (group) => {
  isolateInstallState(group)
  group.each.setup(async () => {
    await installSite()
  })

  test('of two uses racing with one token, exactly one wins', async ({ assert }) => {
    const { token } = await memberWithLink()
    const results = await Promise.all([
      userTokens.consume(token, 'reset_password'),
      userTokens.consume(token, 'reset_password'),
      userTokens.consume(token, 'reset_password'),
    ])
    assert.lengthOf(
      results.filter((row) => row !== null),
      1
    )
  })

  test('tokens are 32 random bytes in base64url, stored as their sha256', async ({ assert }) => {
    const { user, token } = await memberWithLink()
    assert.match(token, /^[A-Za-z0-9_-]{43}$/)
    const row = await UserToken.findByOrFail('user_id', user.id)
    assert.match(row.tokenHash, /^[0-9a-f]{64}$/)
    assert.notInclude(row.tokenHash, token)
    assert.notEqual(userTokens.generateToken(), userTokens.generateToken())
  })
})
