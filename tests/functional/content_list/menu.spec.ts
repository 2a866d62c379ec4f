import { test } from '@japa/runner'
import User from '#models/user'
import { installSite, isolateInstallState } from '#tests/helpers/install'
import { seedUsers } from '#tests/helpers/users'
import { menuPaths } from './seed.js'

test.group('Content list / admin menu per role', (group) => {
  isolateInstallState(group)
  group.each.setup(async () => {
    await installSite()
  })

  test('an administrator sees every section', async ({ client, assert }) => {
    const admin = await User.findByOrFail('username', 'admin')
    const page = await client.get('/admin/contents').loginAs(admin)
    page.assertStatus(200)
    assert.includeMembers(menuPaths(page.text()), [
      '/admin',
      '/admin/users',
      '/admin/contents',
      '/admin/media',
      '/admin/audit',
      '/admin/settings',
    ])
    assert.include(page.text(), 'href="/admin/contents" aria-current="page"')
  })

  for (const role of ['editor', 'author'] as const) {
    test(`an ${role} sees the contents and the media, not the admin-only pages`, async ({
      client,
      assert,
    }) => {
      const [user] = await seedUsers([{ username: `the-${role}`, role }])
      const page = await client.get('/admin/contents').loginAs(user)
      page.assertStatus(200)
      const paths = menuPaths(page.text())
      assert.includeMembers(paths, ['/admin/contents', '/admin/media'])
      for (const adminOnly of ['/admin', '/admin/users', '/admin/audit', '/admin/settings']) {
        assert.notInclude(paths, adminOnly)
      }
    })

    test(`an ${role} is still refused the admin-only pages`, async ({ client, assert }) => {
      const [user] = await seedUsers([{ username: `the-${role}`, role }])
      for (const url of ['/admin/users', '/admin/audit', '/admin/settings']) {
        const response = await client.get(url).loginAs(user).redirects(0)
        assert.equal(response.status(), 403, url)
      }
    })
  }

  test('the menu speaks French to a French reader', async ({ client }) => {
    const [user] = await seedUsers([{ username: 'redactrice', role: 'editor' }])
    user.locale = 'fr'
    await user.save()
    const page = await client.get('/admin/contents').loginAs(user)
    page.assertTextIncludes('Contenus')
    page.assertTextIncludes('Médias')
  })
})
