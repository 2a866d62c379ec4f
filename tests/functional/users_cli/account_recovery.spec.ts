import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import mail from '@adonisjs/mail/services/main'
import AuditEvent from '#models/audit_event'
import TwoFactorRecoveryCode from '#models/two_factor_recovery_code'
import ResetPasswordNotification from '#mails/reset_password_notification'
import UserResetTwoFactor from '../../../commands/user_reset_2fa.js'
import UserResetPassword from '../../../commands/user_reset_password.js'
import UserVerifyEmail from '../../../commands/user_verify_email.js'
import { isolateInstallState } from '#tests/helpers/install'
import { makeUser, runCommand } from './run_command.js'

test.group('user:reset-2fa', (group) => {
  isolateInstallState(group)

  test('turns 2FA off and deletes the recovery codes', async ({ assert }) => {
    const ann = await makeUser({
      username: 'ann',
      twoFactorSecret: 'encrypted-secret',
      twoFactorEnabledAt: DateTime.now(),
      twoFactorLastStep: 123,
    })
    await TwoFactorRecoveryCode.createMany([
      { userId: ann.id, codeHash: 'a' },
      { userId: ann.id, codeHash: 'b' },
    ])

    const run = await runCommand(UserResetTwoFactor, ['ann'])

    assert.equal(run.exitCode, 0, run.stderr)
    assert.include(run.stdout, 'Two-factor authentication is off for "ann"')
    await ann.refresh()
    assert.isNull(ann.twoFactorSecret)
    assert.isNull(ann.twoFactorEnabledAt)
    assert.isNull(ann.twoFactorLastStep)
    assert.lengthOf(await TwoFactorRecoveryCode.query().where('user_id', ann.id), 0)
    const event = await AuditEvent.findByOrFail('event', 'user.two_factor.reset')
    assert.equal(event.via, 'cli')
  })

  test('says so when 2FA was not on', async ({ assert }) => {
    await makeUser({ username: 'ann' })
    const run = await runCommand(UserResetTwoFactor, ['ann'])
    assert.equal(run.exitCode, 0)
    assert.include(run.stdout, 'had no two-factor authentication')
  })

  test('refuses an unknown user', async ({ assert }) => {
    const run = await runCommand(UserResetTwoFactor, ['nobody'])
    assert.equal(run.exitCode, 1)
    assert.equal(run.stderr, 'No user has the id, email or username "nobody".')
  })
})

test.group('user:reset-password', (group) => {
  isolateInstallState(group)
  group.each.teardown(() => mail.restore())

  test('mails the owner a reset link', async ({ assert }) => {
    await makeUser({ username: 'ann', email: 'ann@example.org' })
    const { mails } = mail.fake()

    const run = await runCommand(UserResetPassword, ['ann'])

    assert.equal(run.exitCode, 0, run.stderr)
    assert.equal(run.stdout, 'A password reset link was sent to <ann@example.org>.')
    mails.assertQueuedCount(ResetPasswordNotification, 1)
    const event = await AuditEvent.findByOrFail('event', 'auth.password.reset_requested')
    assert.equal(event.via, 'cli')
  })

  test('refuses an unknown user without sending anything', async ({ assert }) => {
    const { mails } = mail.fake()

    const run = await runCommand(UserResetPassword, ['nobody@example.org'])

    assert.equal(run.exitCode, 1)
    assert.equal(run.stderr, 'No user has the id, email or username "nobody@example.org".')
    mails.assertNoneQueued()
  })
})

test.group('user:verify-email', (group) => {
  isolateInstallState(group)

  test('marks the address confirmed and records it', async ({ assert }) => {
    const ann = await makeUser({ username: 'ann', email: 'ann@example.org' })

    const run = await runCommand(UserVerifyEmail, ['ann@example.org'])

    assert.equal(run.exitCode, 0, run.stderr)
    assert.equal(run.stdout, '<ann@example.org> is now confirmed.')
    await ann.refresh()
    assert.isNotNull(ann.emailVerifiedAt)
    const event = await AuditEvent.findByOrFail('event', 'user.email.verified')
    assert.equal(event.via, 'cli')
  })

  test('leaves an address already confirmed as it was', async ({ assert }) => {
    const verifiedAt = DateTime.now().minus({ days: 3 }).startOf('second')
    const ann = await makeUser({ username: 'ann', emailVerifiedAt: verifiedAt })

    const run = await runCommand(UserVerifyEmail, ['ann'])

    assert.equal(run.exitCode, 0)
    assert.include(run.stdout, 'was already confirmed')
    await ann.refresh()
    assert.equal(ann.emailVerifiedAt!.toSeconds(), verifiedAt.toSeconds())
    assert.isNull(await AuditEvent.findBy('event', 'user.email.verified'))
  })

  test('refuses an unknown user', async ({ assert }) => {
    const run = await runCommand(UserVerifyEmail, ['nobody'])
    assert.equal(run.exitCode, 1)
    assert.equal(run.stderr, 'No user has the id, email or username "nobody".')
  })
})
