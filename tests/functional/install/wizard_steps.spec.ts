import { test } from '@japa/runner'
import { assertFieldError } from '#tests/helpers/form_errors'
import { currentDatabaseChoice, isolateInstallState, STRONG_PASSWORD } from '#tests/helpers/install'

/** Session state of a visitor who has finished every step before `step`. */
function stateBefore(step: 'requirements' | 'database' | 'site' | 'admin' | 'mail' | 'finish') {
  const order = ['requirements', 'database', 'site', 'admin', 'mail', 'finish']
  const reached = order.indexOf(step)
  const state: Record<string, unknown> = { locale: 'en' }
  if (reached > 0) state.requirementsPassed = true
  if (reached > 1) state.database = currentDatabaseChoice()
  if (reached > 2) state.site = { siteName: 'Site', siteUrl: 'http://localhost:3333', locale: 'en' }
  if (reached > 3) {
    state.admin = { email: 'admin@example.org', username: 'admin', password: STRONG_PASSWORD }
  }
  if (reached > 4) state.mail = null
  return { installWizard: state }
}

test.group('Install wizard / language', (group) => {
  isolateInstallState(group)

  test('shows the languages', async ({ client }) => {
    const page = await client.get('/install/language')
    page.assertStatus(200)
    page.assertTextIncludes('Français')
  })

  test('rejects a language the site does not speak', async ({ client }) => {
    const response = await client
      .post('/install/language')
      .withCsrfToken()
      .form({ locale: 'de' })
      .redirects(0)
    response.assertStatus(302)
    assertFieldError(response, 'locale')
  })

  test('remembers the choice and moves on', async ({ client, assert }) => {
    const response = await client
      .post('/install/language')
      .withCsrfToken()
      .form({ locale: 'fr' })
      .redirects(0)
    response.assertHeader('location', '/install/requirements')
    assert.equal(response.session().installWizard.locale, 'fr')
    assert.include(String(response.headers()['set-cookie']), 'locale=fr;')
  })

  test('a step cannot be reached before the earlier ones are done', async ({ client }) => {
    for (const step of ['requirements', 'database', 'site', 'admin', 'mail', 'finish']) {
      const response = await client.get(`/install/${step}`).redirects(0)
      response.assertHeader('location', '/install/language')
    }
    const posted = await client.post('/install/finish').withCsrfToken().form({}).redirects(0)
    posted.assertHeader('location', '/install/language')
  })

  test('rejects a form without its CSRF token', async ({ client, assert }) => {
    const response = await client.post('/install/language').form({ locale: 'en' }).redirects(0)
    response.assertStatus(302)
    response.assertFlashMessage('error', 'This form has expired. Please submit it again.')
    assert.isUndefined(response.session().installWizard)
  })
})

test.group('Install wizard / requirements', (group) => {
  isolateInstallState(group)

  test('lists the checks and continues when they pass', async ({ client }) => {
    const page = await client.get('/install/requirements').withSession(stateBefore('requirements'))
    page.assertStatus(200)
    page.assertTextIncludes('Node.js version')
    page.assertTextIncludes(process.versions.node)

    const response = await client
      .post('/install/requirements')
      .withSession(stateBefore('requirements'))
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', '/install/database')
  })
})

test.group('Install wizard / database', (group) => {
  isolateInstallState(group)
  const post = (client: any, form: Record<string, unknown>) =>
    client
      .post('/install/database')
      .withSession(stateBefore('database'))
      .withCsrfToken()
      .form(form)
      .redirects(0)

  test('rejects an unknown engine', async ({ client }) => {
    const response = await post(client, { database: { engine: 'oracle' } })
    assertFieldError(response, 'database')
  })

  test('rejects server settings that are malformed', async ({ client }) => {
    const response = await post(client, {
      database: { engine: 'pg', host: 'bad host!', port: 'abc', user: '', database: 'x y' },
    })
    assertFieldError(response, 'database.host')
    assertFieldError(response, 'database.port')
    assertFieldError(response, 'database.user')
    assertFieldError(response, 'database.database')
  })

  test('rejects a port out of range', async ({ client }) => {
    const response = await post(client, {
      database: { engine: 'mysql', host: '127.0.0.1', port: '70000', user: 'root', database: 'x' },
    })
    assertFieldError(response, 'database.port')
  })

  test('says why a server cannot be reached and keeps the visitor on the step', async ({
    client,
    assert,
  }) => {
    const response = await post(client, {
      intent: 'save',
      database: {
        engine: 'pg',
        host: '127.0.0.1',
        port: '1',
        user: 'nobody',
        password: 'wrong',
        database: 'nothing',
      },
    })
    response.assertHeader('location', '/install/database')
    assert.match(String(response.flashMessage('error')), /^Cannot connect to the database: .+/)
    assert.isUndefined(response.session().installWizard.database)
  })

  test('"test connection" reports success without moving on', async ({ client, assert }) => {
    const response = await post(client, { intent: 'test', database: currentDatabaseChoice() })
    response.assertHeader('location', '/install/database')
    response.assertFlashMessage('success', 'Connection succeeded.')
    assert.isUndefined(response.session().installWizard.database)
  })

  test('saves a reachable database and moves on', async ({ client, assert }) => {
    const response = await post(client, { intent: 'save', database: currentDatabaseChoice() })
    response.assertHeader('location', '/install/site')
    assert.equal(response.session().installWizard.database.engine, currentDatabaseChoice().engine)
  })
})

test.group('Install wizard / site', (group) => {
  isolateInstallState(group)
  const post = (client: any, form: Record<string, unknown>) =>
    client
      .post('/install/site')
      .withSession(stateBefore('site'))
      .withCsrfToken()
      .form(form)
      .redirects(0)

  test('rejects an empty name, a URL that is not http(s) and an unknown locale', async ({
    client,
  }) => {
    const response = await post(client, {
      siteName: '   ',
      siteUrl: 'ftp://example.org',
      locale: 'xx',
    })
    assertFieldError(response, 'siteName')
    assertFieldError(response, 'siteUrl')
    assertFieldError(response, 'locale')
  })

  test('rejects an over-long name', async ({ client }) => {
    const response = await post(client, {
      siteName: 'x'.repeat(81),
      siteUrl: 'https://example.org',
      locale: 'en',
    })
    assertFieldError(response, 'siteName')
  })

  test('saves the site and trims the trailing slash of the URL', async ({ client, assert }) => {
    const response = await post(client, {
      siteName: 'My site',
      siteUrl: 'https://example.org/',
      locale: 'fr',
    })
    response.assertHeader('location', '/install/admin')
    assert.deepEqual(response.session().installWizard.site, {
      siteName: 'My site',
      siteUrl: 'https://example.org',
      locale: 'fr',
    })
  })
})

test.group('Install wizard / admin', (group) => {
  isolateInstallState(group)
  const post = (client: any, form: Record<string, unknown>) =>
    client
      .post('/install/admin')
      .withSession(stateBefore('admin'))
      .withCsrfToken()
      .form(form)
      .redirects(0)

  test('rejects a bad email and username', async ({ client }) => {
    const response = await post(client, {
      email: 'not-an-email',
      username: 'a b',
      password: STRONG_PASSWORD,
      passwordConfirmation: STRONG_PASSWORD,
    })
    assertFieldError(response, 'email')
    assertFieldError(response, 'username')
  })

  test('rejects a weak password', async ({ client }) => {
    const response = await post(client, {
      email: 'admin@example.org',
      username: 'admin',
      password: 'password123',
      passwordConfirmation: 'password123',
    })
    assertFieldError(response, 'password')
  })

  test('rejects a confirmation that does not match', async ({ client, assert }) => {
    const response = await post(client, {
      email: 'admin@example.org',
      username: 'admin',
      password: STRONG_PASSWORD,
      passwordConfirmation: `${STRONG_PASSWORD}!`,
    })
    assertFieldError(
      response,
      'passwordConfirmation',
      'The password and its confirmation do not match'
    )
    assert.isUndefined(response.session().installWizard.admin)
  })

  test('answers in French when the visitor reads French', async ({ client }) => {
    const response = await client
      .post('/install/admin')
      .withSession(stateBefore('admin'))
      .withCsrfToken()
      .header('Accept-Language', 'fr')
      .form({
        email: 'x',
        username: 'admin',
        password: STRONG_PASSWORD,
        passwordConfirmation: STRONG_PASSWORD,
      })
      .redirects(0)
    assertFieldError(response, 'email', 'Le champ e-mail doit être une adresse e-mail valide')
  })

  test('saves the account and moves on', async ({ client, assert }) => {
    const response = await post(client, {
      email: 'Admin@Example.org',
      username: 'admin',
      password: STRONG_PASSWORD,
      passwordConfirmation: STRONG_PASSWORD,
    })
    response.assertHeader('location', '/install/mail')
    assert.equal(response.session().installWizard.admin.email, 'admin@example.org')
  })
})

test.group('Install wizard / mail', (group) => {
  isolateInstallState(group)
  const post = (client: any, form: Record<string, unknown>) =>
    client
      .post('/install/mail')
      .withSession(stateBefore('mail'))
      .withCsrfToken()
      .form(form)
      .redirects(0)

  test('can be skipped', async ({ client, assert }) => {
    const response = await post(client, { intent: 'skip' })
    response.assertHeader('location', '/install/finish')
    assert.isNull(response.session().installWizard.mail)
  })

  test('rejects a bad port and sender address', async ({ client }) => {
    const response = await post(client, {
      intent: 'save',
      host: 'smtp.example.org',
      port: '0',
      fromAddress: 'nobody',
    })
    assertFieldError(response, 'port')
    assertFieldError(response, 'fromAddress')
  })

  test('reports a test email that cannot be sent', async ({ client, assert }) => {
    const response = await post(client, {
      intent: 'test',
      host: '127.0.0.1',
      port: '1',
      fromAddress: 'site@example.org',
    })
    response.assertHeader('location', '/install/mail')
    assert.match(String(response.flashMessage('error')), /^The test email could not be sent: .+/)
  })

  test('saves SMTP settings and moves on', async ({ client, assert }) => {
    const response = await post(client, {
      intent: 'save',
      host: 'smtp.example.org',
      port: '587',
      fromAddress: 'site@example.org',
    })
    response.assertHeader('location', '/install/finish')
    assert.equal(response.session().installWizard.mail.host, 'smtp.example.org')
  })
})
