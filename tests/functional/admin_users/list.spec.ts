import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import User from '#models/user'
import { installSite, isolateInstallState } from '#tests/helpers/install'
import { seedUsers } from '#tests/helpers/users'

/** The usernames in the table's rows, in order. */
function listedUsernames(html: string): string[] {
  return [...html.matchAll(/<td data-column="username">\s*<a href="[^"]+">([^<]+)<\/a>/g)].map(
    (match) => match[1].trim()
  )
}

test.group('Admin users / list', (group) => {
  isolateInstallState(group)
  let admin: User

  group.each.setup(async () => {
    await installSite()
    admin = await User.findByOrFail('username', 'admin')
    const day = (days: number) => DateTime.now().minus({ days })
    await seedUsers([
      { username: 'alice', role: 'editor', createdAt: day(5), emailVerifiedAt: day(5) },
      {
        username: 'bob',
        role: 'author',
        createdAt: day(4),
        lockedUntil: DateTime.now().plus({ hours: 1 }),
      },
      { username: 'carol', role: 'member', createdAt: day(3), twoFactorEnabledAt: day(1) },
      { username: 'dave', role: 'member', email: 'dave@sample.net', createdAt: day(2) },
    ])
  })

  test('lists accounts newest first by default', async ({ client, assert }) => {
    const response = await client.get('/admin/users').loginAs(admin)
    response.assertStatus(200)
    assert.deepEqual(listedUsernames(response.text()), ['admin', 'dave', 'carol', 'bob', 'alice'])
    response.assertTextIncludes('1–5 of 5')
  })

  test('searches username, email and name without regard to case', async ({ client, assert }) => {
    const byName = await client.get('/admin/users?search=CAR').loginAs(admin)
    assert.deepEqual(listedUsernames(byName.text()), ['carol'])
    const byEmail = await client.get('/admin/users?search=sample.net').loginAs(admin)
    assert.deepEqual(listedUsernames(byEmail.text()), ['dave'])
    const none = await client.get('/admin/users?search=nobody-at-all').loginAs(admin)
    assert.deepEqual(listedUsernames(none.text()), [])
    none.assertTextIncludes('Nothing matches these filters.')
  })

  test('filters by role, lock, 2FA and verification', async ({ client, assert }) => {
    const cases: [string, string[]][] = [
      ['role=member', ['dave', 'carol']],
      ['locked=yes', ['bob']],
      ['twoFactor=yes', ['carol']],
      // The installing admin's address starts confirmed.
      ['verified=yes', ['admin', 'alice']],
      ['role=member&twoFactor=no', ['dave']],
    ]
    for (const [query, expected] of cases) {
      const response = await client.get(`/admin/users?${query}`).loginAs(admin)
      response.assertStatus(200)
      assert.deepEqual(listedUsernames(response.text()), expected, query)
    }
  })

  test('sorts by a sortable column both ways', async ({ client, assert }) => {
    const ascending = await client.get('/admin/users?sort=username').loginAs(admin)
    assert.deepEqual(listedUsernames(ascending.text()), ['admin', 'alice', 'bob', 'carol', 'dave'])
    const descending = await client.get('/admin/users?sort=-username').loginAs(admin)
    assert.deepEqual(listedUsernames(descending.text()), ['dave', 'carol', 'bob', 'alice', 'admin'])
  })

  test('pages keep the search, filters and sort in their links', async ({ client, assert }) => {
    const response = await client
      .get('/admin/users?sort=username&perPage=10&role=member')
      .loginAs(admin)
    response.assertStatus(200)
    const first = await client.get('/admin/users?sort=username&page=2&perPage=10').loginAs(admin)
    assert.deepEqual(listedUsernames(first.text()), [])

    await seedUsers(
      Array.from({ length: 12 }, (_, index) => ({
        username: `zed${String(index).padStart(2, '0')}`,
      }))
    )
    const page1 = await client
      .get('/admin/users?sort=username&perPage=10&search=zed')
      .loginAs(admin)
    assert.lengthOf(listedUsernames(page1.text()), 10)
    assert.include(
      page1.text(),
      'href="/admin/users?search=zed&amp;sort=username&amp;perPage=10&amp;page=2"'
    )
    const page2 = await client
      .get('/admin/users?search=zed&sort=username&perPage=10&page=2')
      .loginAs(admin)
    assert.deepEqual(listedUsernames(page2.text()), ['zed10', 'zed11'])
  })

  test('answers 400 with the reason for values it cannot use', async ({ client, assert }) => {
    for (const query of [
      'sort=password',
      'sort=nope',
      'page=abc',
      'page=-1',
      'role=root',
      'locked=maybe',
      'perPage=7',
    ]) {
      const response = await client.get(`/admin/users?${query}`).loginAs(admin)
      response.assertStatus(400)
      assert.include(response.text(), 'is not a valid value for', query)
      // The rest of the list still shows.
      assert.include(listedUsernames(response.text()), 'admin', query)
    }
  })

  test('never shows password hashes', async ({ client, assert }) => {
    const list = await client.get('/admin/users').loginAs(admin)
    assert.notInclude(list.text(), '$argon2')
    const detail = await client.get(`/admin/users/${admin.id}`).loginAs(admin)
    detail.assertStatus(200)
    assert.notInclude(detail.text(), '$argon2')
  })
})
