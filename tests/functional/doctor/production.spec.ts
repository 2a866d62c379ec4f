import { test } from '@japa/runner'
import { checkHttps } from '#actions/doctor/check_https'
import { checkSecureCookies } from '#actions/doctor/check_secure_cookies'
import { checkDebugMode } from '#actions/doctor/check_debug_mode'
import { checkTrustedProxies } from '#actions/doctor/check_trusted_proxies'

test.group('doctor / production settings', () => {
  test('HTTPS and secure cookies are not applicable outside production', ({ assert }) => {
    for (const check of [
      checkHttps('http://localhost:3333', false),
      checkSecureCookies({ session: false, other: false }, false),
    ]) {
      assert.equal(check.status, 'pass')
      assert.include(check.message, 'not applicable outside production')
    }
  })

  test('production needs an https:// APP_URL', ({ assert }) => {
    assert.containsSubset(checkHttps('https://example.org', true), { status: 'pass' })
    const plain = checkHttps('http://example.org', true)
    assert.containsSubset(plain, { status: 'fail' })
    assert.include(plain.message, 'http://example.org')
    assert.include(plain.fix, 'https://')
    assert.containsSubset(checkHttps(undefined, true), { status: 'fail' })
  })

  test('production needs every cookie marked Secure and names the one that is not', ({
    assert,
  }) => {
    assert.containsSubset(checkSecureCookies({ session: true, other: true }, true), {
      status: 'pass',
    })
    const check = checkSecureCookies({ session: false, other: true }, true)
    assert.containsSubset(check, { status: 'fail' })
    assert.include(check.message, 'the session cookie')
    assert.notInclude(check.message, 'other cookies')
  })

  test('debug mode warns outside production and passes in production', ({ assert }) => {
    const development = checkDebugMode('development', true)
    assert.containsSubset(development, { id: 'debugMode', status: 'warn' })
    assert.include(development.fix, 'NODE_ENV=production')
    assert.containsSubset(checkDebugMode('production', false), { status: 'pass' })
    assert.containsSubset(checkDebugMode('production', true), { status: 'warn' })
  })

  test('trusted proxies: none and narrow lists pass', ({ assert }) => {
    assert.containsSubset(checkTrustedProxies(undefined, true), { status: 'pass' })
    const narrow = checkTrustedProxies('loopback, 10.0.0.0/8, fd00::/16', true)
    assert.containsSubset(narrow, { status: 'pass' })
    assert.include(narrow.message, 'loopback, 10.0.0.0/8, fd00::/16')
  })

  test('trusted proxies: a range holding the internet fails in production, warns elsewhere', ({
    assert,
  }) => {
    const broad = checkTrustedProxies('loopback,0.0.0.0/1', true)
    assert.containsSubset(broad, { status: 'fail' })
    assert.include(broad.message, '0.0.0.0/1')
    assert.notInclude(broad.message, 'loopback')
    assert.containsSubset(checkTrustedProxies('::/1', false), { status: 'warn' })
  })

  test('trusted proxies: an entry that is not an address fails', ({ assert }) => {
    const check = checkTrustedProxies('proxy.example.org', false)
    assert.containsSubset(check, { status: 'fail' })
    assert.include(check.message, 'proxy.example.org')
  })
})
