import { test } from '@japa/runner'
import env from '#start/env'
import KeyRotate from '../../../commands/key_rotate.js'
import { encrypterFor } from '#support/app_keys'
import { installSite, STRONG_PASSWORD } from '#tests/helpers/install'
import { runCommand } from '../users_cli/run_command.js'
import { currentKey, envFileKeys, isolateKeyRotation } from './key_rotation_state.js'

const BASE_URL = `http://${env.get('HOST')}:${env.get('PORT')}`

/** A browser with a cookie jar, over plain HTTP, so the cookies are the real signed ones. */
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
      const [name, ...value] = header.split(';')[0].split('=')
      this.cookies.set(name, value.join('='))
    }
    return response
  }

  async signIn() {
    const form = await this.request('/login')
    const page = await form.text()
    const csrf = page.match(/name='_csrf' value='([^']+)'/)?.[1] ?? ''
    const response = await this.request('/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf, uid: 'admin', password: STRONG_PASSWORD }),
    })
    if (response.headers.get('location') !== '/') throw new Error('The sign-in was refused')
  }

  /** True when a page behind sign-in opens rather than sending to /login. */
  async isSignedIn() {
    const response = await this.request('/account/security')
    await response.arrayBuffer()
    return response.status === 200
  }
}

/** Runs key:rotate and returns its exit code. */
async function rotate(...flags: string[]) {
  const run = await runCommand(KeyRotate, ['--force', ...flags])
  return run.exitCode
}

test.group('Sessions across a key rotation', (group) => {
  isolateKeyRotation(group)
  group.each.setup(async () => {
    await installSite()
  })

  test('sessions from before the rotation stay valid until it is finished', async ({ assert }) => {
    const active = new Browser()
    const idle = new Browser()
    await active.signIn()
    await idle.signIn()

    assert.equal(await rotate(), 0)
    // Its cookie was signed with the old key, which still verifies.
    assert.isTrue(await active.isSignedIn())

    assert.equal(await rotate('--finish'), 0)
    // It came back during the grace period and got a cookie under the new key.
    assert.isTrue(await active.isSignedIn())
    // It did not, and the old key is gone.
    assert.isFalse(await idle.isSignedIn())
  })

  test('a process started from the rotated .env reads cookies made under the old key', async ({
    assert,
  }) => {
    const before = await encrypterFor([currentKey()])
    const encryptedCookie = before.encrypt('session data', { purpose: 'filamenta-session' })
    const signedCookie = before.getMessageVerifier().sign('session-id', undefined, 'cookie')

    assert.equal(await rotate(), 0)

    const { APP_KEY, APP_KEY_PREVIOUS } = await envFileKeys()
    const restarted = await encrypterFor([APP_KEY!, ...APP_KEY_PREVIOUS!.split(',')])
    assert.equal(restarted.decrypt(encryptedCookie, 'filamenta-session'), 'session data')
    assert.equal(restarted.getMessageVerifier().unsign(signedCookie, 'cookie'), 'session-id')
    const newKeyOnly = await encrypterFor([APP_KEY!])
    assert.isNull(newKeyOnly.decrypt(encryptedCookie, 'filamenta-session'))
  })
})
