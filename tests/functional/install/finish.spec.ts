import { test } from '@japa/runner'
import User from '#models/user'
import Installation from '#models/installation'
import { readSetting } from '#support/settings_store'
import { currentDatabaseChoice, isolateInstallState, STRONG_PASSWORD } from '#tests/helpers/install'

function completedWizard(overrides: Record<string, unknown> = {}) {
  return {
    installWizard: {
      locale: 'fr',
      requirementsPassed: true,
      database: currentDatabaseChoice(),
      site: { siteName: 'Atelier', siteUrl: 'https://atelier.example', locale: 'fr' },
      admin: { email: 'root@atelier.example', username: 'root', password: STRONG_PASSWORD },
      mail: null,
      ...overrides,
    },
  }
}

test.group('Install wizard / finish', (group) => {
  isolateInstallState(group)

  test('summarises the choices without any password', async ({ client, assert }) => {
    const page = await client.get('/install/finish').withSession(completedWizard())
    page.assertStatus(200)
    page.assertTextIncludes('root@atelier.example')
    page.assertTextIncludes('https://atelier.example')
    assert.notInclude(page.text(), STRONG_PASSWORD)
  })

  test('installs, signs the admin in and locks the wizard', async ({ client, assert }) => {
    const response = await client
      .post('/install/finish')
      .withSession(completedWizard())
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(200)
    response.assertTextIncludes('Your site is installed')

    const admin = await User.findByOrFail('email', 'root@atelier.example')
    assert.equal(admin.role, 'admin')
    assert.equal(admin.locale, 'fr')
    // Whoever installs vouches for the admin's address: no "confirm your email" banner.
    assert.isNotNull(admin.emailVerifiedAt)
    assert.notEqual(admin.password, STRONG_PASSWORD)
    const marker = await Installation.findOrFail(1)
    assert.equal(marker.adminId, admin.id)
    assert.equal(await readSetting('site.name', ''), 'Atelier')
    assert.isUndefined(response.session().installWizard)

    const again = await client.get('/install/language')
    again.assertStatus(404)
  })

  test('keeps the visitor on the step when the database has gone away', async ({
    client,
    assert,
  }) => {
    const unreachable = {
      engine: 'pg',
      host: '127.0.0.1',
      port: 1,
      user: 'x',
      password: 'x',
      database: 'x',
    }
    const response = await client
      .post('/install/finish')
      .withSession(completedWizard({ database: unreachable }))
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', '/install/finish')
    assert.match(String(response.flashMessage('error')), /^Cannot connect to the database/)
    assert.isNull(await Installation.find(1))
  })

  test('starts again when the stored choices are not valid', async ({ client, assert }) => {
    const response = await client
      .post('/install/finish')
      .withSession(completedWizard({ admin: { email: 'x', username: 'root', password: 'weak' } }))
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', '/install/language')
    assert.isNull(await Installation.find(1))
    assert.isNull(await User.findBy('username', 'root'))
  })
})

test.group('Sign in after install', (group) => {
  isolateInstallState(group)

  test('the admin signs in with the login form, by email or username', async ({ client }) => {
    await client.post('/install/finish').withSession(completedWizard()).withCsrfToken()

    for (const uid of ['root@atelier.example', 'root']) {
      const response = await client
        .post('/login')
        .withCsrfToken()
        .form({ uid, password: STRONG_PASSWORD })
        .redirects(0)
      response.assertHeader('location', '/')
      response.assertFlashMessage('success', 'Vous êtes connecté.')
    }
  })

  test('a wrong password is refused with a message', async ({ client, assert }) => {
    await client.post('/install/finish').withSession(completedWizard()).withCsrfToken()
    const response = await client
      .post('/login')
      .withCsrfToken()
      .header('Accept-Language', 'en')
      .form({ uid: 'root', password: 'not-the-password' })
      .redirects(0)
    response.assertHeader('location', '/login')
    assert.equal(response.flashMessage('error'), 'The email, username or password is not right.')
  })

  test('an empty form is refused field by field', async ({ client, assert }) => {
    await client.post('/install/finish').withSession(completedWizard()).withCsrfToken()
    const response = await client.post('/login').withCsrfToken().form({}).redirects(0)
    const errors = response.flashMessage('inputErrorsBag')
    assert.properties(errors, ['uid', 'password'])
  })

  test('the home page greets the signed-in admin', async ({ client }) => {
    await client.post('/install/finish').withSession(completedWizard()).withCsrfToken()
    const admin = await User.findByOrFail('username', 'root')
    const home = await client.get('/').loginAs(admin).header('Accept-Language', 'en')
    home.assertStatus(200)
    home.assertTextIncludes('Vous êtes connecté en tant que root')
  })
})
