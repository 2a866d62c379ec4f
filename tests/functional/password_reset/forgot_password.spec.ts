import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import type { ApiResponse } from '@japa/api-client'
import User from '#models/user'
import UserToken from '#models/user_token'
import AuditEvent from '#models/audit_event'
import ResetPasswordNotification from '#mails/reset_password_notification'
import RequestPasswordReset from '#actions/auth/request_password_reset'
import { assertFieldError } from '#tests/helpers/form_errors'
import { installSite, isolateInstallState, STRONG_PASSWORD } from '#tests/helpers/install'

const THROTTLED = 'Too many requests. Please try again later.'

const requested = (email: string) =>
  `If an account uses ${email}, a link to choose a new password is on its way. It works once, within one hour.`

const ask = (client: any, email: string) =>
  client.post('/auth/forgot-password').withCsrfToken().form({ email }).redirects(0)

function member() {
  return User.create({
    email: 'member@example.org',
    username: 'member',
    password: STRONG_PASSWORD,
    role: 'member',
    locale: 'en',
  })
}

/** The page as a visitor sees it, without the per-request CSRF token and nonces. */
function comparable(response: ApiResponse) {
  return response
    .text()
    .replace(/name=['"]_csrf['"] value=['"][^'"]*['"]/g, '')
    .replace(/nonce="[^"]*"/g, '')
}

test.group('Password reset / asking for a link', (group) => {
  isolateInstallState(group)
  group.each.setup(async () => {
    await installSite()
    return () => mail.restore()
  })

  test('the form asks for the account’s email address', async ({ client }) => {
    const page = await client.get('/auth/forgot-password')
    page.assertStatus(200)
    page.assertTextIncludes('Forgot your password?')
    page.assertTextIncludes('action="/auth/forgot-password"')
  })

  test('an account’s address gets a link valid one hour, recorded in the audit trail', async ({
    client,
    assert,
  }) => {
    const { mails } = mail.fake()
    const user = await member()
    const response = await ask(client, 'member@example.org')

    response.assertHeader('location', '/auth/forgot-password')
    assert.equal(response.flashMessage('success'), requested('member@example.org'))
    mails.assertQueued(ResetPasswordNotification, (message) => message.user.id === user.id)
    const [token] = await UserToken.query().where('user_id', user.id)
    assert.equal(token.purpose, 'reset_password')
    assert.closeTo(token.expiresAt.diffNow('minutes').minutes, 60, 1)
    const [event] = await AuditEvent.query().where('event', 'auth.password.reset_requested')
    assert.equal(event.subjectUserId, user.id)
  })

  test('an unknown address gets the very same answer and no message', async ({
    client,
    assert,
  }) => {
    const { mails } = mail.fake()
    await member()
    const known = await ask(client, 'member@example.org')
    const unknown = await ask(client, 'nobody@example.org')

    assert.equal(unknown.status(), known.status())
    assert.equal(unknown.header('location'), known.header('location'))
    assert.equal(unknown.flashMessage('success'), requested('nobody@example.org'))
    assert.deepEqual(Object.keys(unknown.session()).sort(), Object.keys(known.session()).sort())
    mails.assertQueuedCount(1)
    assert.lengthOf(await UserToken.all(), 1)
  })

  test('the address is matched whatever its case and surrounding spaces', async ({ client }) => {
    const { mails } = mail.fake()
    await member()
    await ask(client, '  Member@EXAMPLE.org ')
    mails.assertQueuedCount(1)
  })

  test('a malformed address is refused field by field and sends nothing', async ({ client }) => {
    const { mails } = mail.fake()
    for (const email of ['', 'not-an-email', `${'a'.repeat(250)}@example.org`]) {
      const response = await ask(client, email)
      assertFieldError(response, 'email')
    }
    mails.assertNoneQueued()
  })

  test('a form without its CSRF token sends nothing', async ({ client, assert }) => {
    const { mails } = mail.fake()
    await member()
    const response = await client
      .post('/auth/forgot-password')
      .form({ email: 'member@example.org' })
      .redirects(0)
    assert.isUndefined(response.flashMessage('success'))
    mails.assertNoneQueued()
  })

  test('the fourth request from one IP within an hour answers 429', async ({ client, assert }) => {
    const { mails } = mail.fake()
    await member()
    for (const email of ['a@example.org', 'b@example.org', 'member@example.org']) {
      const response = await ask(client, email)
      response.assertStatus(302)
    }
    const fourth = await ask(client, 'c@example.org')

    fourth.assertStatus(429)
    fourth.assertTextIncludes(THROTTLED)
    assert.isAbove(Number(fourth.header('retry-after')), 0)
    mails.assertQueuedCount(1)
  })

  test('once limited, known and unknown addresses get the same 429 page', async ({
    client,
    assert,
  }) => {
    const { mails } = mail.fake()
    await member()
    for (let i = 0; i < 3; i++) await ask(client, `filler${i}@example.org`)

    const known = await ask(client, 'member@example.org')
    const unknown = await ask(client, 'nobody@example.org')
    known.assertStatus(429)
    unknown.assertStatus(429)
    assert.equal(comparable(known), comparable(unknown))
    mails.assertNoneQueued()
  })

  test('the fourth request for one address within an hour is refused, from any IP', async ({
    assert,
  }) => {
    const { mails } = mail.fake()
    await member()
    const action = new RequestPasswordReset()
    const from = (ip: string, email: string) =>
      action
        .handle({ email, request: { via: 'web', ip, userAgent: null } })
        .then((outcome) => outcome.status)

    for (const ip of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) {
      assert.equal(await from(ip, 'member@example.org'), 'accepted')
    }
    assert.equal(await from('10.0.0.4', 'member@example.org'), 'throttled')
    assert.equal(await from('10.0.0.5', 'other@example.org'), 'accepted')
    mails.assertQueuedCount(3)
  })

  test('an unknown address is limited the same way as a known one', async ({ assert }) => {
    const action = new RequestPasswordReset()
    const outcomes = []
    for (const ip of ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4']) {
      const outcome = await action.handle({
        email: 'nobody@example.org',
        request: { via: 'web', ip },
      })
      outcomes.push(outcome.status)
    }
    assert.deepEqual(outcomes, ['accepted', 'accepted', 'accepted', 'throttled'])
  })

  test('the page speaks the visitor’s language', async ({ client }) => {
    const page = await client.get('/auth/forgot-password').header('Accept-Language', 'fr')
    page.assertTextIncludes('Mot de passe oublié ?')
  })
})
