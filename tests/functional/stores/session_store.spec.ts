import { test } from '@japa/runner'
import env from '#start/env'
import redis from '@adonisjs/redis/services/main'
import { installSite, isolateInstallState, STRONG_PASSWORD } from '#tests/helpers/install'

/*
| The API client's session helpers only work with the memory store, so this
| signs in over plain HTTP with a cookie jar: it runs the same whatever
| SESSION_DRIVER and LIMITER_STORE say, and .ci/run runs it with Redis.
*/
const BASE_URL = `http://${env.get('HOST')}:${env.get('PORT')}`

class Browser {
  cookies = new Map<string, string>()

  async request(path: string, init: RequestInit = {}) {
    const response = await fetch(`${BASE_URL}${path}`, {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string>),
        'Accept': 'text/html',
        'Accept-Language': 'en',
        'Cookie': [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      },
    })
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';')
      const [name, ...value] = pair.split('=')
      this.cookies.set(name, value.join('='))
    }
    return response
  }

  async submit(path: string, fields: Record<string, string>) {
    const form = await this.request(path)
    const page = await form.text()
    const csrf = page.match(/name='_csrf' value='([^']+)'/)?.[1] ?? ''
    return this.request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf, ...fields }),
    })
  }

  /** The session id inside the signed session cookie. */
  sessionId(): string {
    const signed = decodeURIComponent(this.cookies.get('filamenta-session') ?? '')
    const payload = signed.replace(/^s:/, '').split('.')[0]
    return JSON.parse(Buffer.from(payload, 'base64url').toString()).message
  }
}

test.group('Session and rate-limit stores', (group) => {
  isolateInstallState(group)
  group.each.setup(async () => {
    await installSite()
  })

  test('a sign-in holds across requests with the configured session store', async ({ assert }) => {
    const browser = new Browser()
    const signIn = await browser.submit('/login', { uid: 'admin', password: STRONG_PASSWORD })
    assert.equal(signIn.status, 302)
    assert.equal(signIn.headers.get('location'), '/')

    const home = await browser.request('/')
    assert.include(await home.text(), 'You are signed in as admin')

    if (env.get('SESSION_DRIVER') === 'redis') {
      assert.equal(await redis.exists(browser.sessionId()), 1, 'the session lives in Redis')
    }
  })

  test('failed sign-ins are counted in the configured rate-limit store', async ({ assert }) => {
    const browser = new Browser()
    const refused = await browser.submit('/login', { uid: 'admin', password: 'Wrong-Pass-123' })
    assert.equal(refused.status, 302)
    assert.equal(refused.headers.get('location'), '/login')

    if (env.get('LIMITER_STORE') === 'redis') {
      const keys = await redis.keys('*login*')
      assert.isAbove(keys.length, 0, 'the counters live in Redis')
    }
  })
})
