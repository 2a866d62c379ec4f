import { test } from '@japa/runner'
import env from '#start/env'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import { installSite, isolateInstallState } from '#tests/helpers/install'

test.group('Health', () => {
  test('GET /health answers 200 while the process is up', async ({ client }) => {
    const response = await client.get('/health')
    response.assertStatus(200)
    response.assertBodyContains({ status: 'ok' })
  })

  test('GET /health/ready answers 200 when the database answers', async ({ client }) => {
    const response = await client.get('/health/ready')
    response.assertStatus(200)
    response.assertBody({ status: 'ok', checks: { database: { ok: true } } })
  })

  test('GET /health/ready answers 503 with the reason when the database is down', async ({
    client,
    assert,
  }) => {
    const primary = db.primaryConnectionName
    // A SQLite file that must exist but does not: the connection fails.
    db.manager.add('unreachable', {
      client: 'better-sqlite3',
      connection: {
        filename: '/nonexistent/folder/db.sqlite3',
        options: { fileMustExist: true },
      } as any,
      useNullAsDefault: true,
    })
    db.primaryConnectionName = 'unreachable'
    try {
      const response = await client.get('/health/ready')
      response.assertStatus(503)
      assert.equal(response.body().status, 'error')
      assert.isFalse(response.body().checks.database.ok)
      assert.isString(response.body().checks.database.reason)
      assert.isAbove(response.body().checks.database.reason.length, 0)
    } finally {
      db.primaryConnectionName = primary
      await db.manager.close('unreachable', true)
    }
  })
})

test.group('Request id', () => {
  test('every response carries a request id', async ({ client, assert }) => {
    const response = await client.get('/health')
    assert.match(response.header('x-request-id') ?? '', /^[\w-]{8,}$/)
  })

  test('an incoming X-Request-Id is honoured and returned', async ({ client }) => {
    const response = await client.get('/health').header('X-Request-Id', 'trace-abc-123')
    response.assertHeader('x-request-id', 'trace-abc-123')
  })
})

test.group('Security headers', () => {
  test('pages get a Content-Security-Policy with a fresh nonce for scripts', async ({
    client,
    assert,
  }) => {
    const first = await client.get('/install/language')
    const second = await client.get('/install/language')
    const policy = first.header('content-security-policy') ?? ''
    assert.match(policy, /default-src 'self'/)
    assert.match(policy, /script-src 'self' 'nonce-[\w-]+'/)
    assert.match(policy, /frame-ancestors 'none'/)
    assert.notMatch(policy, /unsafe-eval/)
    const nonce = (header?: string) => header?.match(/'nonce-([\w-]+)'/)?.[1]
    assert.notEqual(nonce(policy), nonce(second.header('content-security-policy')))
    first.assertHeader('x-frame-options', 'DENY')
    first.assertHeader('x-content-type-options', 'nosniff')
  })

  test('pages load no script or style from another origin', async ({ client, assert }) => {
    const page = await client.get('/install/language')
    const external = page.text().match(/<(script|link)[^>]+(src|href)="(https?:)?\/\/[^"]+"/g)
    assert.isNull(external)
  })
})

test.group('Error pages', () => {
  test('an unknown path answers a localized 404 page', async ({ client }) => {
    const english = await client.get('/no-such-page').header('Accept', 'text/html')
    english.assertStatus(404)
    english.assertTextIncludes('Page not found')

    const french = await client
      .get('/no-such-page')
      .header('Accept', 'text/html')
      .header('Accept-Language', 'fr-FR,fr;q=0.9')
    french.assertStatus(404)
    french.assertTextIncludes('Page introuvable')
  })

  test('the language cookie wins over Accept-Language', async ({ assert }) => {
    // A raw request: the API client replaces any Cookie header with its own jar.
    for (const path of ['/no-such-page', '/install/language']) {
      const page = await fetch(`http://${env.get('HOST')}:${env.get('PORT')}${path}`, {
        headers: { 'Accept': 'text/html', 'Accept-Language': 'en', 'Cookie': 'locale=fr' },
      })
      assert.include(await page.text(), 'lang="fr"', path)
    }
  })
})

test.group('Language switcher', () => {
  test('remembers the language and returns to the page', async ({ client, assert }) => {
    const response = await client.get('/locale/fr?redirect=/install/language').redirects(0)
    response.assertHeader('location', '/install/language')
    assert.include(String(response.headers()['set-cookie']), 'locale=fr;')
  })

  test('refuses an unknown language and never redirects off-site', async ({ client }) => {
    const unknown = await client.get('/locale/xx')
    unknown.assertStatus(400)

    for (const target of ['//evil.example', 'https://evil.example', '/\\evil.example']) {
      const response = await client
        .get(`/locale/en?redirect=${encodeURIComponent(target)}`)
        .redirects(0)
      response.assertHeader('location', '/')
    }
  })
})

test.group('Language switcher / signed in', (group) => {
  isolateInstallState(group)

  test('remembers the choice on the account, so emails follow it too', async ({
    client,
    assert,
  }) => {
    await installSite()
    const admin = await User.findByOrFail('username', 'admin')
    const response = await client.get('/locale/fr?redirect=/').loginAs(admin).redirects(0)
    response.assertHeader('location', '/')
    await admin.refresh()
    assert.equal(admin.locale, 'fr')
  })
})
