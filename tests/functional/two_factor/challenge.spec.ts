import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import AuditEvent from '#models/audit_event'
import UserSession from '#models/user_session'
import TwoFactorRecoveryCode from '#models/two_factor_recovery_code'
import { fieldErrors } from '#tests/helpers/form_errors'
import {
  challengeSession,
  codeFor,
  enableTwoFactorFor,
  isolateTwoFactorState,
} from '#tests/helpers/two_factor'

const admin = () => User.findByOrFail('username', 'admin')

/** Sends one code for a sign-in waiting at the challenge. */
function answer(client: any, session: Record<string, unknown>, form: Record<string, unknown>) {
  return client
    .post('/auth/two-factor-challenge')
    .withSession(session)
    .withCsrfToken()
    .form(form)
    .redirects(0)
}

test.group('Two-factor / sign-in challenge', (group) => {
  isolateTwoFactorState(group)

  test('asks for the code from the app, with a way to use a recovery code', async ({
    client,
    assert,
  }) => {
    const user = await admin()
    await enableTwoFactorFor(user)
    const page = await client.get('/auth/two-factor-challenge').withSession(challengeSession(user))
    page.assertStatus(200)
    page.assertTextIncludes('Enter the 6-digit code from your authenticator app.')
    assert.include(page.text(), 'href="/auth/two-factor-challenge?method=recovery"')
    assert.include(page.text(), 'name="method" value="totp"')

    const recovery = await client
      .get('/auth/two-factor-challenge?method=recovery')
      .withSession(challengeSession(user))
    recovery.assertTextIncludes('Enter one of your recovery codes.')
    assert.include(recovery.text(), 'name="method" value="recovery"')
    assert.include(recovery.text(), 'href="/auth/two-factor-challenge?method=totp"')
  })

  test('without a sign-in in progress, the page sends back to the sign-in form', async ({
    client,
  }) => {
    const page = await client.get('/auth/two-factor-challenge').redirects(0)
    page.assertHeader('location', '/login')
    const post = await answer(client, {}, { method: 'totp', code: '123456' })
    post.assertHeader('location', '/login')
  })

  test('a code from the app signs the user in and ends the challenge', async ({
    client,
    assert,
  }) => {
    const user = await admin()
    const { secret } = await enableTwoFactorFor(user)
    const response = await answer(client, challengeSession(user), {
      method: 'totp',
      code: await codeFor(secret),
    })
    response.assertHeader('location', '/')
    response.assertFlashMessage('success', 'You are signed in.')
    assert.isUndefined(response.session().twoFactorChallenge)
    assert.lengthOf(await UserSession.query().where('user_id', user.id), 1)
    assert.lengthOf(await AuditEvent.query().where('event', 'auth.login.succeeded'), 1)

    await user.refresh()
    assert.isNotNull(user.twoFactorLastStep)
  })

  test('"remember me" chosen with the password is kept', async ({ client, assert }) => {
    const user = await admin()
    const { secret } = await enableTwoFactorFor(user)
    const response = await answer(client, challengeSession(user, { remember: true }), {
      method: 'totp',
      code: await codeFor(secret),
    })
    response.assertHeader('location', '/')
    const tokens = await db.from('remember_me_tokens').where('tokenable_id', user.id)
    assert.lengthOf(tokens, 1)
  })

  test('a code accepted once cannot sign in again', async ({ client, assert }) => {
    const user = await admin()
    const { secret } = await enableTwoFactorFor(user)
    const code = await codeFor(secret)
    const first = await answer(client, challengeSession(user), { method: 'totp', code })
    first.assertHeader('location', '/')

    const replay = await answer(client, challengeSession(user), { method: 'totp', code })
    replay.assertHeader('location', '/auth/two-factor-challenge?method=totp')
    assert.match(fieldErrors(replay).code[0], /^This code is not right\. 4 tries left\./)
    assert.lengthOf(await UserSession.query().where('user_id', user.id), 1)
  })

  test('a code older than the previous step is refused', async ({ client, assert }) => {
    const user = await admin()
    const { secret } = await enableTwoFactorFor(user)
    const late = await answer(client, challengeSession(user), {
      method: 'totp',
      code: await codeFor(secret, -2),
    })
    late.assertHeader('location', '/auth/two-factor-challenge?method=totp')

    const drifted = await answer(client, challengeSession(user), {
      method: 'totp',
      code: await codeFor(secret, -1),
    })
    drifted.assertHeader('location', '/')
    assert.lengthOf(await UserSession.query().where('user_id', user.id), 1)
  })

  test('a recovery code signs in once, then is refused', async ({ client, assert }) => {
    const user = await admin()
    const { recoveryCodes } = await enableTwoFactorFor(user)
    // Typed in capitals and without dashes, as people do.
    const typed = recoveryCodes[3].replace(/-/g, '').toUpperCase()
    const first = await answer(client, challengeSession(user), { method: 'recovery', code: typed })
    first.assertHeader('location', '/')
    const used = await TwoFactorRecoveryCode.query().whereNotNull('used_at')
    assert.lengthOf(used, 1)
    assert.lengthOf(await AuditEvent.query().where('event', 'auth.2fa.recovery_code_used'), 1)

    const again = await answer(client, challengeSession(user), {
      method: 'recovery',
      code: recoveryCodes[3],
    })
    again.assertHeader('location', '/auth/two-factor-challenge?method=recovery')
    assert.match(fieldErrors(again).code[0], /^This code is not right/)
  })

  test('a made-up recovery code is refused and audited', async ({ client, assert }) => {
    const user = await admin()
    await enableTwoFactorFor(user)
    for (const code of ['0000-0000-0000-0000', 'not a code', '123456']) {
      const response = await answer(client, challengeSession(user), { method: 'recovery', code })
      response.assertHeader('location', '/auth/two-factor-challenge?method=recovery')
    }
    const failures = await AuditEvent.query().where('event', 'auth.2fa.challenge_failed')
    assert.lengthOf(failures, 3)
    assert.equal(failures[0].subjectUserId, user.id)
    assert.lengthOf(await UserSession.all(), 0)
  })

  test('a challenge older than five minutes sends back to the sign-in form', async ({
    client,
    assert,
  }) => {
    const user = await admin()
    const { secret } = await enableTwoFactorFor(user)
    const stale = challengeSession(user, { startedAt: Date.now() - 6 * 60 * 1000 })

    const page = await client.get('/auth/two-factor-challenge').withSession(stale).redirects(0)
    page.assertHeader('location', '/login')

    const response = await answer(client, stale, { method: 'totp', code: await codeFor(secret) })
    response.assertHeader('location', '/login')
    response.assertFlashMessage('error', 'Signing in took too long. Please sign in again.')
    assert.isUndefined(response.session().twoFactorChallenge)
    assert.lengthOf(await UserSession.all(), 0)
  })

  test('five wrong codes end the challenge, even for a right code after', async ({
    client,
    assert,
  }) => {
    const user = await admin()
    const { secret } = await enableTwoFactorFor(user)
    const session = challengeSession(user)
    const right = await codeFor(secret)
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0')

    for (let attempt = 1; attempt <= 4; attempt++) {
      const response = await answer(client, session, { method: 'totp', code: wrong })
      response.assertHeader('location', '/auth/two-factor-challenge?method=totp')
    }
    const fifth = await answer(client, session, { method: 'totp', code: wrong })
    fifth.assertHeader('location', '/login')
    fifth.assertFlashMessage('error', 'Too many wrong codes. Please sign in again.')
    assert.isUndefined(fifth.session().twoFactorChallenge)
    assert.lengthOf(await AuditEvent.query().where('event', 'auth.2fa.challenge_failed'), 5)

    // Replaying the older session cookie does not buy more tries.
    const replayed = await answer(client, session, { method: 'totp', code: right })
    replayed.assertHeader('location', '/login')
    assert.lengthOf(await UserSession.all(), 0)
  })

  test('ten wrong codes in an hour stop new challenges for the account too', async ({ client }) => {
    const user = await admin()
    const { secret } = await enableTwoFactorFor(user)
    const right = await codeFor(secret)
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0')

    for (const startedAt of [Date.now() - 2000, Date.now() - 1000]) {
      const session = challengeSession(user, { startedAt })
      for (let attempt = 1; attempt <= 5; attempt++) {
        await answer(client, session, { method: 'totp', code: wrong })
      }
    }
    const fresh = await answer(client, challengeSession(user), { method: 'totp', code: right })
    fresh.assertHeader('location', '/login')
    fresh.assertFlashMessage('error', 'Too many wrong codes. Please sign in again.')
  })

  test('a challenge for a user who has since turned 2FA off is refused', async ({
    client,
    assert,
  }) => {
    const user = await admin()
    const response = await answer(client, challengeSession(user), {
      method: 'totp',
      code: '123456',
    })
    response.assertHeader('location', '/login')
    assert.lengthOf(await UserSession.all(), 0)
  })

  test('an unknown method or an empty code is a validation error', async ({ client, assert }) => {
    const user = await admin()
    await enableTwoFactorFor(user)
    const response = await answer(client, challengeSession(user), { method: 'sms', code: '' })
    assert.properties(fieldErrors(response), ['method', 'code'])
    assert.lengthOf(await UserSession.all(), 0)
  })

  test('a form without its CSRF token is refused', async ({ client, assert }) => {
    const user = await admin()
    const { secret } = await enableTwoFactorFor(user)
    const response = await client
      .post('/auth/two-factor-challenge')
      .withSession(challengeSession(user))
      .form({ method: 'totp', code: await codeFor(secret) })
      .redirects(0)
    response.assertStatus(302)
    assert.isDefined(response.flashMessage('error'))
    assert.lengthOf(await UserSession.all(), 0)
    await user.refresh()
    assert.isNull(user.twoFactorLastStep, 'the code was not even checked')
  })
})
