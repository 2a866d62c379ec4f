import { test } from '@japa/runner'
import { checkNodeVersion } from '#actions/doctor/check_node_version'
import { checkConfiguration } from '#actions/doctor/check_configuration'
import { checkAppUrl } from '#actions/doctor/check_app_url'
import { checkLogLevel } from '#actions/doctor/check_log_level'
import { checkAppKey } from '#actions/doctor/check_app_key'

test.group('doctor / configuration', () => {
  test('accepts Node.js 24 and refuses Node.js 20 with the version to install', ({ assert }) => {
    assert.containsSubset(checkNodeVersion('24.1.0'), { id: 'node', status: 'pass', fix: null })
    const old = checkNodeVersion('20.19.0')
    assert.containsSubset(old, { status: 'fail' })
    assert.include(old.message, '20.19.0')
    assert.include(old.fix, 'Node.js 24')
  })

  test('names the environment and where it was read from', ({ assert }) => {
    const check = checkConfiguration('production', '/nonexistent/.env')
    assert.equal(check.status, 'pass')
    assert.include(check.message, 'NODE_ENV=production')
    assert.include(check.message, 'no .env file')
  })

  test('needs APP_URL in production and only warns without it in development', ({ assert }) => {
    assert.containsSubset(checkAppUrl('https://example.org', true), { status: 'pass' })
    const missing = checkAppUrl(undefined, true)
    assert.containsSubset(missing, { status: 'fail' })
    assert.include(missing.fix, 'APP_URL')
    assert.containsSubset(checkAppUrl(undefined, false), { status: 'warn' })
  })

  test('warns about debug and trace logging in production only', ({ assert }) => {
    assert.containsSubset(checkLogLevel('info', true), { status: 'pass' })
    assert.containsSubset(checkLogLevel('debug', false), { status: 'pass' })
    for (const level of ['debug', 'trace']) {
      const check = checkLogLevel(level, true)
      assert.containsSubset(check, { status: 'warn' })
      assert.include(check.fix, 'LOG_LEVEL=info')
    }
  })

  test('passes a random APP_KEY without ever printing it', ({ assert }) => {
    const key = 'YW3GY8fA16zwKSSzJazo_E_HwEfTfJJk'
    const check = checkAppKey(key)
    assert.containsSubset(check, { id: 'appKey', status: 'pass' })
    assert.notInclude(check.message, key)
  })

  test('fails a missing, short, sample or repetitive APP_KEY', ({ assert }) => {
    const keys = [
      undefined,
      'short-key',
      '<paste a random key here 32 chars>',
      'a'.repeat(40),
      '1234512345123451234512345123451234',
    ]
    for (const key of keys) {
      const check = checkAppKey(key)
      assert.equal(check.status, 'fail', String(key))
      assert.include(check.fix, 'generate:key')
    }
  })
})
