import { test } from '@japa/runner'
import User from '#models/user'
import Installation from '#models/installation'
import { installSite, isolateInstallState, STRONG_PASSWORD } from '#tests/helpers/install'

const WIZARD_PATHS = [
  '/install',
  '/install/language',
  '/install/requirements',
  '/install/database',
  '/install/site',
  '/install/admin',
  '/install/mail',
  '/install/finish',
]

test.group('Install lock', (group) => {
  isolateInstallState(group)

  test('a site that is not installed sends visitors to the wizard', async ({ client }) => {
    const response = await client.get('/').redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/install')

    const wizard = await client.get('/install').redirects(0)
    wizard.assertStatus(200)
    wizard.assertTextIncludes('Welcome to Filamenta')

    const resumed = await client
      .get('/install')
      .withSession({ installWizard: { locale: 'en' } })
      .redirects(0)
    resumed.assertHeader('location', '/install/requirements')
  })

  test('every wizard page answers 404 once installed', async ({ client, assert }) => {
    await installSite()
    for (const path of WIZARD_PATHS) {
      const page = await client.get(path)
      assert.equal(page.status(), 404, `GET ${path}`)
    }
  })

  test('no request can re-run the install once installed', async ({ client, assert }) => {
    await installSite()
    const state = {
      installWizard: {
        locale: 'en',
        requirementsPassed: true,
        database: { engine: 'sqlite' },
        site: { siteName: 'Hijacked', siteUrl: 'http://evil.test', locale: 'en' },
        admin: { email: 'evil@example.org', username: 'evil', password: STRONG_PASSWORD },
        mail: null,
      },
    }
    for (const path of WIZARD_PATHS.slice(1)) {
      const response = await client.post(path).withSession(state).withCsrfToken().form({})
      assert.equal(response.status(), 404, `POST ${path}`)
    }
    assert.isNull(await User.findBy('email', 'evil@example.org'))
    const markers = await Installation.all()
    assert.lengthOf(markers, 1)
  })

  test('the home page and the login form are served once installed', async ({ client }) => {
    await installSite()
    const home = await client.get('/')
    home.assertStatus(200)
    home.assertTextIncludes('Welcome to Test site')
    const login = await client.get('/login')
    login.assertStatus(200)
  })
})
