import { test } from '@japa/runner'
import User from '#models/user'
import { installSite, isolateInstallState, STRONG_PASSWORD } from '#tests/helpers/install'

test.group('Admin area / access', (group) => {
  isolateInstallState(group)
  group.each.setup(async () => {
    await installSite()
  })

  const member = (role: 'member' | 'editor' | 'author' = 'member', locale: string | null = null) =>
    User.create({
      email: `${role}@example.org`,
      username: role,
      password: STRONG_PASSWORD,
      role,
      locale,
    })

  test('an admin sees the accounts counted by role', async ({ client }) => {
    const admin = await User.findByOrFail('username', 'admin')
    await member('editor')
    await member('member')

    const page = await client.get('/admin').loginAs(admin)

    page.assertStatus(200)
    page.assertTextIncludes('3 accounts in all.')
    page.assertTextIncludes('<dd data-role="admin">1</dd>')
    page.assertTextIncludes('<dd data-role="editor">1</dd>')
    page.assertTextIncludes('<dd data-role="author">0</dd>')
  })

  test('a member gets the 403 page', async ({ client }) => {
    const page = await client
      .get('/admin')
      .loginAs(await member('member'))
      .header('accept', 'text/html')

    page.assertStatus(403)
    page.assertTextIncludes('<h1 id="error-title">Access denied</h1>')
  })

  // Editors and authors work on contents: the admin area opens on those.
  for (const role of ['editor', 'author'] as const) {
    test(`the ${role} role is sent to the contents`, async ({ client }) => {
      const page = await client
        .get('/admin')
        .redirects(0)
        .loginAs(await member(role))
        .header('accept', 'text/html')

      page.assertStatus(302)
      page.assertHeader('location', '/admin/contents')
    })
  }

  test('the 403 page speaks the member’s language', async ({ client }) => {
    const page = await client
      .get('/admin')
      .loginAs(await member('member', 'fr'))
      .header('accept', 'text/html')

    page.assertStatus(403)
    page.assertTextIncludes('lang="fr"')
    page.assertTextIncludes('<h1 id="error-title">Accès refusé</h1>')
  })

  test('a visitor is sent to sign in', async ({ client }) => {
    const response = await client.get('/admin').redirects(0)
    response.assertHeader('location', '/login')
  })
})
