import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import User from '#models/user'
import AuditEvent from '#models/audit_event'
import TwoFactorRecoveryCode from '#models/two_factor_recovery_code'
import { consumeRecoveryCode } from '#support/two_factor_recovery_codes'
import { fieldErrors } from '#tests/helpers/form_errors'
import { STRONG_PASSWORD } from '#tests/helpers/install'
import { codeFor, enableTwoFactorFor, isolateTwoFactorState } from '#tests/helpers/two_factor'

const admin = () => User.findByOrFail('username', 'admin')

function disable(client: any, user: User, form: Record<string, unknown>) {
  return client
    .post('/account/two-factor/disable')
    .loginAs(user)
    .withCsrfToken()
    .form(form)
    .redirects(0)
}

function regenerate(client: any, user: User, form: Record<string, unknown>) {
  return client
    .post('/account/two-factor/recovery-codes')
    .loginAs(user)
    .withCsrfToken()
    .form(form)
    .redirects(0)
}

test.group('Two-factor / turning off and recovery codes', (group) => {
  isolateTwoFactorState(group)

  test('the page says 2FA is on and counts the unused recovery codes', async ({ client }) => {
    const user = await admin()
    const { recoveryCodes } = await enableTwoFactorFor(user)
    await consumeRecoveryCode(user.id, recoveryCodes[0])
    const page = await client.get('/account/two-factor').loginAs(user)
    page.assertTextIncludes(`On since ${DateTime.now().toFormat('LLLL d, yyyy')}.`)
    page.assertTextIncludes('You have 9 unused recovery codes.')
    page.assertTextIncludes('Turn off two-factor authentication')
  })

  test('the password and a code from the app turn 2FA off', async ({ client, assert }) => {
    const user = await admin()
    const { secret } = await enableTwoFactorFor(user)
    const response = await disable(client, user, {
      password: STRONG_PASSWORD,
      code: await codeFor(secret),
    })
    response.assertHeader('location', '/account/two-factor')
    response.assertFlashMessage('success', 'Two-factor authentication is off.')

    await user.refresh()
    assert.isNull(user.twoFactorSecret)
    assert.isNull(user.twoFactorEnabledAt)
    assert.isNull(user.twoFactorLastStep)
    assert.lengthOf(await TwoFactorRecoveryCode.all(), 0)
    assert.lengthOf(await AuditEvent.query().where('event', 'auth.2fa.disabled'), 1)
  })

  test('the password and a recovery code turn 2FA off too', async ({ client, assert }) => {
    const user = await admin()
    const { recoveryCodes } = await enableTwoFactorFor(user)
    const response = await disable(client, user, {
      password: STRONG_PASSWORD,
      code: recoveryCodes[0],
    })
    response.assertFlashMessage('success', 'Two-factor authentication is off.')
    await user.refresh()
    assert.isNull(user.twoFactorEnabledAt)
  })

  test('a wrong password keeps 2FA on and the code unused', async ({ client, assert }) => {
    const user = await admin()
    const { recoveryCodes } = await enableTwoFactorFor(user)
    const response = await disable(client, user, {
      password: 'Not-The-Password-1',
      code: recoveryCodes[0],
    })
    response.assertHeader('location', '/account/two-factor')
    assert.deepEqual(fieldErrors(response).password, ['This password is not right.'])

    await user.refresh()
    assert.isNotNull(user.twoFactorEnabledAt)
    assert.lengthOf(await TwoFactorRecoveryCode.query().whereNotNull('used_at'), 0)
    assert.lengthOf(await AuditEvent.query().where('event', 'auth.2fa.disabled'), 0)
  })

  test('a wrong code keeps 2FA on', async ({ client, assert }) => {
    const user = await admin()
    const { secret } = await enableTwoFactorFor(user)
    const right = await codeFor(secret)
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0')
    for (const code of [wrong, 'aaaa-bbbb-cccc-dddd']) {
      const response = await disable(client, user, { password: STRONG_PASSWORD, code })
      assert.match(fieldErrors(response).code[0], /^This code is not right/)
    }
    await user.refresh()
    assert.isNotNull(user.twoFactorEnabledAt)
    assert.isNotNull(user.twoFactorSecret)
  })

  test('an empty form names both fields', async ({ client, assert }) => {
    const user = await admin()
    await enableTwoFactorFor(user)
    const response = await disable(client, user, {})
    assert.properties(fieldErrors(response), ['password', 'code'])
  })

  test('turning off without a CSRF token is refused', async ({ client, assert }) => {
    const user = await admin()
    const { secret } = await enableTwoFactorFor(user)
    await client
      .post('/account/two-factor/disable')
      .loginAs(user)
      .form({ password: STRONG_PASSWORD, code: await codeFor(secret) })
      .redirects(0)
    await user.refresh()
    assert.isNotNull(user.twoFactorEnabledAt)
  })

  test('new recovery codes replace the old ones and are shown once', async ({ client, assert }) => {
    const user = await admin()
    const { recoveryCodes: old } = await enableTwoFactorFor(user)
    const response = await regenerate(client, user, { currentPassword: STRONG_PASSWORD })
    response.assertHeader('location', '/account/two-factor/recovery-codes')
    const fresh = response.flashMessage('recoveryCodes') as unknown as string[]
    assert.lengthOf(fresh, 10)
    assert.lengthOf(
      await AuditEvent.query().where('event', 'auth.2fa.recovery_codes_regenerated'),
      1
    )

    assert.isFalse(await consumeRecoveryCode(user.id, old[0]))
    assert.isTrue(await consumeRecoveryCode(user.id, fresh[0]))
    assert.lengthOf(await TwoFactorRecoveryCode.query().where('user_id', user.id), 10)
  })

  test('new recovery codes need the password', async ({ client, assert }) => {
    const user = await admin()
    const { recoveryCodes } = await enableTwoFactorFor(user)
    const wrong = await regenerate(client, user, { currentPassword: 'Not-The-Password-1' })
    wrong.assertHeader('location', '/account/two-factor')
    assert.deepEqual(fieldErrors(wrong).currentPassword, ['This password is not right.'])
    assert.isUndefined(wrong.flashMessage('recoveryCodes'))

    const empty = await regenerate(client, user, {})
    assert.property(fieldErrors(empty), 'currentPassword')
    assert.isTrue(await consumeRecoveryCode(user.id, recoveryCodes[0]))
  })

  test('without 2FA there are no recovery codes to make', async ({ client, assert }) => {
    const user = await admin()
    const response = await regenerate(client, user, { currentPassword: STRONG_PASSWORD })
    response.assertHeader('location', '/account/two-factor')
    assert.lengthOf(await TwoFactorRecoveryCode.all(), 0)
  })
})
