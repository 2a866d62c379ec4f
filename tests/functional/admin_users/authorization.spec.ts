import { test } from '@japa/runner'
import User from '#models/user'
import { installSite, isolateInstallState } from '#tests/helpers/install'
import { seedUsers } from '#tests/helpers/users'

/** Every page and form of the users resource, for a target account. */
function routes(
  id: number
): [method: 'get' | 'post', url: string, form?: Record<string, unknown>][] {
  return [
    ['get', '/admin/users'],
    ['get', '/admin/users/create'],
    [
      'post',
      '/admin/users',
      {
        username: 'intruder',
        email: 'i@example.org',
        role: 'admin',
        password: 'Correct-Horse-42-battery',
      },
    ],
    ['get', `/admin/users/${id}`],
    ['get', `/admin/users/${id}/edit`],
    ['post', `/admin/users/${id}/edit`, { username: 'renamed', email: 'renamed@example.org' }],
    ['get', `/admin/users/${id}/delete`],
    ['post', `/admin/users/${id}/delete`],
    ['post', '/admin/users/bulk', { action: 'delete', ids: [String(id)], confirmed: '1' }],
    ...[
      'change-role',
      'lock',
      'unlock',
      'reset-2fa',
      'force-password-reset',
      'verify-email',
    ].flatMap(
      (action) =>
        [
          ['get', `/admin/users/${id}/actions/${action}`],
          ['post', `/admin/users/${id}/actions/${action}`, { role: 'admin', minutes: '5' }],
        ] as [method: 'get' | 'post', url: string, form?: Record<string, unknown>][]
    ),
  ]
}

test.group('Admin users / authorization', (group) => {
  isolateInstallState(group)
  let target: User
  group.each.setup(async () => {
    await installSite()
    ;[target] = await seedUsers([{ username: 'target', role: 'member' }])
  })

  for (const role of ['member', 'author', 'editor'] as const) {
    test(`a signed-in ${role} is refused on every route and changes nothing`, async ({
      client,
      assert,
    }) => {
      const [actor] = await seedUsers([{ username: `the-${role}`, role }])
      for (const [method, url, form] of routes(target.id)) {
        const request: any = client[method](url).loginAs(actor).redirects(0)
        const response =
          method === 'post' ? await request.withCsrfToken().form(form ?? {}) : await request
        assert.equal(response.status(), 403, `${method.toUpperCase()} ${url}`)
      }
      // Their own account is no exception.
      const own = await client.get(`/admin/users/${actor.id}`).loginAs(actor)
      own.assertStatus(403)
      await target.refresh()
      assert.equal(target.username, 'target')
      assert.equal(target.role, 'member')
      assert.isNull(target.lockedUntil)
      assert.isNull(await User.findBy('username', 'intruder'))
    })
  }

  test('a visitor is sent to sign in', async ({ client }) => {
    for (const [method, url] of routes(target.id)) {
      const response =
        method === 'get'
          ? await client.get(url).redirects(0)
          : await client.post(url).withCsrfToken().redirects(0)
      response.assertStatus(302)
      response.assertHeader('location', '/login')
    }
  })
})
