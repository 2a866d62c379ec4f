import { test } from '@japa/runner'
import { generate } from 'otplib'
import User from '#models/user'
import AuditEvent from '#models/audit_event'
import TwoFactorRecoveryCode from '#models/two_factor_recovery_code'
import { openTotpSecret } from '#support/second_factor'
import { isolateTwoFactorState } from '#tests/helpers/two_factor'
import { fieldErrors } from '#tests/helpers/form_errors'

const admin = () => User.findByOrFail('username', 'admin')

/** Starts an enrolment and returns the session that holds the pending secret. */
async function startEnrolment(client: any, user: User) {
  const response = await client
    .post('/account/two-factor/enrolment')
    .loginAs(user)
    .withCsrfToken()
    .redirects(0)
  response.assertHeader('location', '/account/two-factor/enrolment')
  return response.session() as Record<string, any>
}

/** The key as the page shows it, in groups of four, read back into the secret. */
function manualKeyOf(html: string): string {
  const match = html.match(/<code class="manual-key"[^>]*>\s*([A-Z2-7 ]+?)\s*<\/code>/)
  if (!match) throw new Error('no manual key on the page')
  return match[1].replace(/ /g, '')
}

test.group('Two-factor / enrolment', (group) => {
  isolateTwoFactorState(group)

  test('the page says 2FA is off and offers to turn it on', async ({ client }) => {
    const response = await client.get('/account/two-factor').loginAs(await admin())
    response.assertStatus(200)
    response.assertTextIncludes('Off.')
    response.assertTextIncludes('Turn on two-factor authentication')
  })

  test('visitors who are not signed in are sent to the sign-in page', async ({ client }) => {
    const response = await client.get('/account/two-factor').redirects(0)
    response.assertHeader('location', '/login')
  })

  test('starting keeps the new secret in the session, not in the database', async ({
    client,
    assert,
  }) => {
    const user = await admin()
    const session = await startEnrolment(client, user)
    assert.match(session.twoFactorEnrolment.secret, /^[A-Z2-7]{32}$/)
    assert.equal(session.twoFactorEnrolment.userId, user.id)
    await user.refresh()
    assert.isNull(user.twoFactorSecret)
    assert.isNull(user.twoFactorEnabledAt)
  })

  test('the QR code is an image drawn by the app, beside the key in groups', async ({
    client,
    assert,
  }) => {
    const user = await admin()
    const session = await startEnrolment(client, user)
    const page = await client
      .get('/account/two-factor/enrolment')
      .loginAs(user)
      .withSession(session)
    page.assertStatus(200)
    page.assertHeader('cache-control', 'no-store')

    const images = [...page.text().matchAll(/<img[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1])
    assert.lengthOf(images, 1)
    assert.match(images[0], /^data:image\/svg\+xml;base64,/)
    assert.notMatch(page.text(), /src="https?:/)
    const svg = Buffer.from(images[0].split(',')[1], 'base64').toString()
    assert.match(svg, /^<svg/)

    const secret = session.twoFactorEnrolment.secret
    assert.include(page.text(), secret.match(/.{4}/g).join(' '))
    assert.equal(manualKeyOf(page.text()), secret)
  })

  test('the enrolment page without a pending secret goes back to the 2FA page', async ({
    client,
  }) => {
    const response = await client
      .get('/account/two-factor/enrolment')
      .loginAs(await admin())
      .redirects(0)
    response.assertHeader('location', '/account/two-factor')
  })

  test('a code from the app turns 2FA on and gives ten recovery codes', async ({
    client,
    assert,
  }) => {
    const user = await admin()
    const session = await startEnrolment(client, user)
    const page = await client
      .get('/account/two-factor/enrolment')
      .loginAs(user)
      .withSession(session)
    const secret = manualKeyOf(page.text())

    const response = await client
      .post('/account/two-factor/confirmation')
      .loginAs(user)
      .withSession(session)
      .withCsrfToken()
      .form({ code: await generate({ secret }) })
      .redirects(0)
    response.assertHeader('location', '/account/two-factor/recovery-codes')
    response.assertFlashMessage('success', 'Two-factor authentication is on.')
    assert.isUndefined(response.session().twoFactorEnrolment)

    const codes = response.flashMessage('recoveryCodes') as unknown as string[]
    assert.lengthOf(codes, 10)
    assert.lengthOf(new Set(codes), 10)
    for (const code of codes) assert.match(code, /^[0-9a-z]{4}(-[0-9a-z]{4}){3}$/)

    await user.refresh()
    assert.isNotNull(user.twoFactorEnabledAt)
    assert.notInclude(user.twoFactorSecret!, secret)
    assert.equal(openTotpSecret(user), secret)

    const stored = await TwoFactorRecoveryCode.query().where('user_id', user.id)
    assert.lengthOf(stored, 10)
    for (const row of stored) assert.notInclude(codes, row.codeHash)
    assert.lengthOf(await AuditEvent.query().where('event', 'auth.2fa.enabled'), 1)
  })

  test('the recovery codes are shown once, then never again', async ({ client, assert }) => {
    const user = await admin()
    const codes = ['aaaa-bbbb-cccc-dddd', 'eeee-ffff-gggg-hhhh']
    const first = await client
      .get('/account/two-factor/recovery-codes')
      .loginAs(user)
      .withFlashMessages({ recoveryCodes: codes })
    first.assertStatus(200)
    first.assertHeader('cache-control', 'no-store')
    for (const code of codes) first.assertTextIncludes(code)
    assert.notProperty(first.flashMessages() ?? {}, 'recoveryCodes')

    const second = await client
      .get('/account/two-factor/recovery-codes')
      .loginAs(user)
      .withSession(first.session())
      .redirects(0)
    second.assertHeader('location', '/account/two-factor')
  })

  test('a wrong code keeps 2FA off and the secret pending', async ({ client, assert }) => {
    const user = await admin()
    const session = await startEnrolment(client, user)
    const right = await generate({ secret: session.twoFactorEnrolment.secret })
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0')

    const response = await client
      .post('/account/two-factor/confirmation')
      .loginAs(user)
      .withSession(session)
      .withCsrfToken()
      .form({ code: wrong })
      .redirects(0)
    response.assertHeader('location', '/account/two-factor/enrolment')
    assert.match(fieldErrors(response).code[0], /^This code is not right/)
    assert.equal(response.session().twoFactorEnrolment.secret, session.twoFactorEnrolment.secret)

    await user.refresh()
    assert.isNull(user.twoFactorEnabledAt)
    assert.isNull(user.twoFactorSecret)
    assert.lengthOf(await TwoFactorRecoveryCode.all(), 0)
  })

  test('a code that is not six digits is refused like a wrong one', async ({ client, assert }) => {
    const user = await admin()
    const session = await startEnrolment(client, user)
    for (const code of ['abcdef', '12345', '1234567']) {
      const response = await client
        .post('/account/two-factor/confirmation')
        .loginAs(user)
        .withSession(session)
        .withCsrfToken()
        .form({ code })
        .redirects(0)
      assert.match(fieldErrors(response).code[0], /^This code is not right/)
    }
    await user.refresh()
    assert.isNull(user.twoFactorEnabledAt)
  })

  test('an empty code is a validation error', async ({ client, assert }) => {
    const user = await admin()
    const session = await startEnrolment(client, user)
    const response = await client
      .post('/account/two-factor/confirmation')
      .loginAs(user)
      .withSession(session)
      .withCsrfToken()
      .form({ code: '' })
      .redirects(0)
    assert.property(fieldErrors(response), 'code')
  })

  test('confirming without a pending secret does nothing', async ({ client, assert }) => {
    const user = await admin()
    const response = await client
      .post('/account/two-factor/confirmation')
      .loginAs(user)
      .withCsrfToken()
      .form({ code: '123456' })
      .redirects(0)
    response.assertHeader('location', '/account/two-factor')
    await user.refresh()
    assert.isNull(user.twoFactorEnabledAt)
  })

  test('another user cannot confirm a secret left pending in the session', async ({
    client,
    assert,
  }) => {
    const user = await admin()
    const other = await User.create({
      email: 'member@example.org',
      username: 'member',
      password: 'Another-Strong-Pass-77',
      role: 'member',
    })
    const session = await startEnrolment(client, user)
    const response = await client
      .post('/account/two-factor/confirmation')
      .loginAs(other)
      .withSession({ twoFactorEnrolment: session.twoFactorEnrolment })
      .withCsrfToken()
      .form({ code: await generate({ secret: session.twoFactorEnrolment.secret }) })
      .redirects(0)
    response.assertHeader('location', '/account/two-factor')
    await other.refresh()
    assert.isNull(other.twoFactorEnabledAt)
  })

  test('cancelling forgets the pending secret', async ({ client, assert }) => {
    const user = await admin()
    const session = await startEnrolment(client, user)
    const response = await client
      .post('/account/two-factor/enrolment/cancel')
      .loginAs(user)
      .withSession(session)
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', '/account/two-factor')
    assert.isUndefined(response.session().twoFactorEnrolment)
  })

  test('a form without its CSRF token is refused', async ({ client, assert }) => {
    const user = await admin()
    const response = await client.post('/account/two-factor/enrolment').loginAs(user).redirects(0)
    assert.notEqual(response.header('location'), '/account/two-factor/enrolment')
    assert.isUndefined(response.session().twoFactorEnrolment)
  })
})
