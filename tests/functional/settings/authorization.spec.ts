import { test } from '@japa/runner'
import { installSite, isolateInstallState } from '#tests/helpers/install'
import { installedAdmin, mailForm, storedText, userWithRole } from './helpers.js'

const ROUTES: { method: 'get' | 'post'; url: string; form?: Record<string, unknown> }[] = [
  { method: 'get', url: '/admin/settings' },
  { method: 'get', url: '/admin/settings?group=mail' },
  { method: 'post', url: '/admin/settings/site', form: { site_name: 'Taken over' } },
  { method: 'post', url: '/admin/settings/features', form: { accounts_registration_open: 'true' } },
  { method: 'post', url: '/admin/settings/mail/test', form: mailForm() },
]

test.group('Settings / who may use them', (group) => {
  isolateInstallState(group)
  group.each.setup(async () => {
    await installSite()
  })

  for (const role of ['member', 'author', 'editor'] as const) {
    for (const route of ROUTES) {
      test(`${role === 'member' ? 'a' : 'an'} ${role} gets 403 on ${route.method.toUpperCase()} ${route.url}`, async ({
        client,
        assert,
      }) => {
        const user = await userWithRole(role)
        const request =
          route.method === 'get'
            ? client.get(route.url)
            : client
                .post(route.url)
                .withCsrfToken()
                .form(route.form ?? {})

        const response = await request.header('accept', 'text/html').loginAs(user).redirects(0)

        response.assertStatus(403)
        response.assertTextIncludes('Access denied')
        assert.isNull(await storedText('mail.smtp.host'))
        assert.equal(await storedText('site.name'), '"Test site"')
        assert.equal(await storedText('accounts.registration_open'), 'false')
      })
    }
  }

  test('a refused request that asks for JSON gets a 403 too', async ({ client, assert }) => {
    const response = await client
      .post('/admin/settings/site')
      .header('accept', 'application/json')
      .loginAs(await userWithRole('editor'))
      .withCsrfToken()
      .form({ site_name: 'Taken over', site_locale: 'en' })
      .redirects(0)

    response.assertStatus(403)
    assert.equal(await storedText('site.name'), '"Test site"')
  })

  test('an admin sees every group', async ({ client }) => {
    const admin = await installedAdmin()
    for (const name of ['site', 'features', 'mail', 'security', 'uploads']) {
      const page = await client.get(`/admin/settings?group=${name}`).loginAs(admin)
      page.assertStatus(200)
      page.assertTextIncludes(`action="/admin/settings/${name}"`)
    }
  })

  test('an admin may save', async ({ client, assert }) => {
    const response = await client
      .post('/admin/settings/features')
      .loginAs(await installedAdmin())
      .withCsrfToken()
      .form({ accounts_registration_open: 'true' })
      .redirects(0)

    response.assertStatus(302)
    response.assertHeader('location', '/admin/settings?group=features')
    assert.equal(await storedText('accounts.registration_open'), 'true')
  })

  test('a visitor is sent to sign in', async ({ client }) => {
    const page = await client.get('/admin/settings').redirects(0)
    page.assertHeader('location', '/login')
    const save = await client
      .post('/admin/settings/site')
      .withCsrfToken()
      .form({ site_name: 'Anonymous' })
      .redirects(0)
    save.assertHeader('location', '/login')
  })

  test('a save without the CSRF token changes nothing', async ({ client, assert }) => {
    const response = await client
      .post('/admin/settings/site')
      .loginAs(await installedAdmin())
      .form({ site_name: 'Forged', site_locale: 'en' })
      .redirects(0)

    assert.notEqual(response.status(), 200)
    assert.equal(await storedText('site.name'), '"Test site"')
  })

  test('an unknown group is not found', async ({ client }) => {
    const admin = await installedAdmin()
    const save = await client
      .post('/admin/settings/secrets')
      .loginAs(admin)
      .withCsrfToken()
      .form({})
    save.assertStatus(404)
    const page = await client.get('/admin/settings?group=secrets').loginAs(admin)
    page.assertStatus(200)
    page.assertTextIncludes('action="/admin/settings/site"')
  })

  test('the old account-security page leads to the features group', async ({ client }) => {
    const response = await client
      .get('/admin/account-security')
      .loginAs(await installedAdmin())
      .redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/admin/settings?group=features')
  })
})
