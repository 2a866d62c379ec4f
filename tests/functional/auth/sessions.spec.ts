import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { randomUUID } from 'node:crypto'
import User from '#models/user'
import UserSession from '#models/user_session'
import { installSite, isolateInstallState, STRONG_PASSWORD } from '#tests/helpers/install'

/** Signs in through the form and returns the client's session cookie jar user. */
async function signInAsAdmin(client: any) {
  await client
    .post('/login')
    .withCsrfToken()
    .form({ uid: 'admin', password: STRONG_PASSWORD })
    .redirects(0)
  return User.findByOrFail('username', 'admin')
}

async function otherSession(user: User, userAgent: string) {
  return UserSession.create({
    id: randomUUID(),
    userId: user.id,
    ip: '198.51.100.4',
    userAgent,
    createdAt: DateTime.now(),
    lastSeenAt: DateTime.now(),
  })
}

test.group('My sessions', (group) => {
  isolateInstallState(group)
  group.each.setup(async () => {
    await installSite()
  })

  test('lists my signed-in devices', async ({ client }) => {
    const admin = await signInAsAdmin(client)
    await otherSession(admin, 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko Firefox/128.0')
    const page = await client.get('/account/security').loginAs(admin)
    page.assertStatus(200)
    page.assertTextIncludes('Firefox · Linux')
    page.assertTextIncludes('198.51.100.4')
  })

  test('ends one other session, which is then signed out', async ({ client, assert }) => {
    const admin = await signInAsAdmin(client)
    const other = await otherSession(admin, 'curl/8')
    const response = await client
      .post(`/account/sessions/${other.id}/end`)
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', '/account/security')
    await other.refresh()
    assert.isNotNull(other.endedAt)

    // The browser holding that session is signed out at its next request.
    const ended = await client
      .get('/account/security')
      .withSession({ userSessionId: other.id })
      .loginAs(admin)
      .redirects(0)
    ended.assertHeader('location', '/login')
  })

  test('cannot end somebody else’s session', async ({ client, assert }) => {
    const admin = await signInAsAdmin(client)
    const stranger = await User.create({
      email: 'stranger@example.org',
      username: 'stranger',
      password: STRONG_PASSWORD,
      role: 'member',
    })
    const theirs = await otherSession(stranger, 'curl/8')
    const response = await client
      .post(`/account/sessions/${theirs.id}/end`)
      .loginAs(admin)
      .withCsrfToken()
    response.assertStatus(404)
    await theirs.refresh()
    assert.isNull(theirs.endedAt)
  })

  test('"sign out every other device" keeps only this one', async ({ client, assert }) => {
    const admin = await signInAsAdmin(client)
    await otherSession(admin, 'curl/8')
    await otherSession(admin, 'curl/8')
    const current = await UserSession.create({
      id: randomUUID(),
      userId: admin.id,
      ip: '127.0.0.1',
      userAgent: 'test',
      createdAt: DateTime.now(),
      lastSeenAt: DateTime.now(),
    })
    const response = await client
      .post('/account/sessions/others/end')
      .withSession({ userSessionId: current.id })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', '/account/security')
    const open = await UserSession.query().where('user_id', admin.id).whereNull('ended_at')
    assert.deepEqual(
      open.map((session) => session.id),
      [current.id]
    )
  })

  test('needs a signed-in user', async ({ client }) => {
    const response = await client.get('/account/security').redirects(0)
    response.assertHeader('location', '/login')
  })
})
