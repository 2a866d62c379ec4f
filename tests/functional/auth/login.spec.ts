import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import hash from '@adonisjs/core/services/hash'
import mail from '@adonisjs/mail/services/main'
import User from '#models/user'
import AuditEvent from '#models/audit_event'
import UserSession from '#models/user_session'
import { installSite, isolateInstallState, STRONG_PASSWORD } from '#tests/helpers/install'

const signIn = (client: any, form: Record<string, unknown>) =>
  client.post('/login').withCsrfToken().form(form).redirects(0)

test.group('Sign in', (group) => {
  isolateInstallState(group)
  group.each.setup(async () => {
    await installSite()
  })

  test('by username or email, starting a tracked session', async ({ client, assert }) => {
    for (const uid of ['admin', 'ADMIN@example.org']) {
      const response = await signIn(client, { uid, password: STRONG_PASSWORD })
      response.assertHeader('location', '/')
      response.assertFlashMessage('success', 'You are signed in.')
    }
    const sessions = await UserSession.query().whereNull('ended_at')
    assert.lengthOf(sessions, 2)
    const events = await AuditEvent.query().where('event', 'auth.login.succeeded')
    assert.lengthOf(events, 2)
  })

  test('a wrong password and an unknown account get the same answer', async ({
    client,
    assert,
  }) => {
    const wrong = await signIn(client, { uid: 'admin', password: 'Not-The-Password-1' })
    const unknown = await signIn(client, { uid: 'nobody', password: 'Not-The-Password-1' })
    for (const response of [wrong, unknown]) {
      response.assertHeader('location', '/login')
      assert.equal(response.flashMessage('error'), 'The email, username or password is not right.')
    }
    assert.lengthOf(await AuditEvent.query().where('event', 'auth.login.failed'), 2)
  })

  test('an unknown account costs as much time as a wrong password', async ({ client, assert }) => {
    const median = async (uid: string) => {
      const times: number[] = []
      for (let round = 0; round < 3; round++) {
        const started = process.hrtime.bigint()
        await signIn(client, { uid, password: 'Not-The-Password-1' })
        times.push(Number(process.hrtime.bigint() - started))
      }
      return times.sort((a, b) => a - b)[1]
    }
    const known = await median('admin')
    const unknown = await median('nobody-at-all')
    // Both spend one argon2 check; without the decoy the unknown one is ~100× faster.
    assert.isAbove(unknown / known, 0.4)
  })

  test('the sixth attempt after five failures is refused even with the right password', async ({
    client,
    assert,
  }) => {
    const { mails } = mail.fake()
    try {
      for (let attempt = 0; attempt < 5; attempt++) {
        await signIn(client, { uid: 'admin', password: 'Not-The-Password-1' })
      }
      const locked = await signIn(client, { uid: 'admin', password: STRONG_PASSWORD })
      locked.assertHeader('location', '/login')
      // The same words as any refusal: a locked account is not revealed.
      assert.equal(locked.flashMessage('error'), 'The email, username or password is not right.')

      const admin = await User.findByOrFail('username', 'admin')
      assert.isTrue(admin.lockedUntil! > DateTime.now().plus({ minutes: 14 }))
      mails.assertQueuedCount(1)
      assert.lengthOf(await AuditEvent.query().where('event', 'auth.account.locked'), 1)
    } finally {
      mail.restore()
    }
  })

  test('the lock ends after its time, and then the right password works', async ({ client }) => {
    const admin = await User.findByOrFail('username', 'admin')
    admin.lockedUntil = DateTime.now().minus({ minutes: 1 })
    await admin.save()
    const response = await signIn(client, { uid: 'admin', password: STRONG_PASSWORD })
    response.assertHeader('location', '/')
  })

  test('the session id changes at sign-in (no session fixation)', async ({ client, assert }) => {
    const page = await client.get('/login')
    const before = page.cookie('filamenta-session')?.value
    const response = await signIn(client, { uid: 'admin', password: STRONG_PASSWORD })
    const after = response.cookie('filamenta-session')?.value
    assert.exists(after)
    assert.notEqual(before, after)
  })

  test('"remember me" sets a long-lived remember cookie', async ({ client, assert }) => {
    const response = await signIn(client, {
      uid: 'admin',
      password: STRONG_PASSWORD,
      remember: 'true',
    })
    response.assertHeader('location', '/')
    assert.match(String(response.headers()['set-cookie']), /remember_web=/)
  })

  test('a password hashed by the old hasher still works and is upgraded', async ({
    client,
    assert,
  }) => {
    const admin = await User.findByOrFail('username', 'admin')
    await User.query()
      .where('id', admin.id)
      .update({ password: await hash.use('scrypt').make(STRONG_PASSWORD) })
    const response = await signIn(client, { uid: 'admin', password: STRONG_PASSWORD })
    response.assertHeader('location', '/')
    await admin.refresh()
    assert.match(admin.password, /^\$argon2id\$/)
  })

  test('a form without its CSRF token is refused', async ({ client, assert }) => {
    const response = await client
      .post('/login')
      .form({ uid: 'admin', password: STRONG_PASSWORD })
      .redirects(0)
    response.assertFlashMessage('error', 'This form has expired. Please submit it again.')
    assert.lengthOf(await UserSession.all(), 0)
  })

  test('an empty form names both fields', async ({ client, assert }) => {
    const response = await signIn(client, {})
    assert.properties(response.flashMessage('inputErrorsBag'), ['uid', 'password'])
  })

  test('signing out ends the tracked session', async ({ client, assert }) => {
    const admin = await User.findByOrFail('username', 'admin')
    const response = await client.post('/logout').loginAs(admin).withCsrfToken().redirects(0)
    response.assertHeader('location', '/')
    const open = await UserSession.query().whereNull('ended_at')
    assert.lengthOf(open, 0)
  })
})

test.group('Sign in / rate limits', (group) => {
  isolateInstallState(group)
  group.each.setup(async () => {
    await installSite()
  })

  test('per IP: the 21st failure in 15 minutes is answered 429, whatever the account', async ({
    client,
    assert,
  }) => {
    for (let attempt = 0; attempt < 20; attempt++) {
      await signIn(client, { uid: `someone-${attempt}`, password: 'Not-The-Password-1' })
    }
    const blocked = await signIn(client, { uid: 'admin', password: STRONG_PASSWORD })
    blocked.assertStatus(429)
    assert.isAbove(Number(blocked.header('retry-after')), 0)
    blocked.assertTextIncludes('Too many attempts')
  })

  test('per account: 10 failures block that name from any address', async ({ client }) => {
    const admin = await User.findByOrFail('username', 'admin')
    // Keep the account itself unlocked to see the limiter alone.
    for (let attempt = 0; attempt < 10; attempt++) {
      await User.query().where('id', admin.id).update({ failed_login_count: 0 })
      await signIn(client, { uid: 'Admin', password: 'Not-The-Password-1' })
    }
    const blocked = await signIn(client, { uid: 'admin', password: STRONG_PASSWORD })
    blocked.assertStatus(429)
  })

  test('the limit cannot be dodged by path case, a trailing slash or X-Forwarded-For', async ({
    client,
    assert,
  }) => {
    for (let attempt = 0; attempt < 20; attempt++) {
      await signIn(client, { uid: `someone-${attempt}`, password: 'Not-The-Password-1' })
    }
    for (const path of ['/login/', '/LOGIN', '/Login']) {
      const response = await client
        .post(path)
        .withCsrfToken()
        .form({ uid: 'admin', password: STRONG_PASSWORD })
        .redirects(0)
      assert.include([429, 404], response.status(), path)
    }
    const spoofed = await client
      .post('/login')
      .withCsrfToken()
      .header('X-Forwarded-For', '203.0.113.7')
      .form({ uid: 'admin', password: STRONG_PASSWORD })
      .redirects(0)
    spoofed.assertStatus(429)
  })
})
