import { randomUUID } from 'node:crypto'
import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import hash from '@adonisjs/core/services/hash'
import mail from '@adonisjs/mail/services/main'
import User from '#models/user'
import AuditEvent from '#models/audit_event'
import UserSession from '#models/user_session'
import PasswordChangedNotification from '#mails/password_changed_notification'
import { assertFieldError } from '#tests/helpers/form_errors'
import { installSite, isolateInstallState, STRONG_PASSWORD } from '#tests/helpers/install'

const NEW_PASSWORD = 'Another-Horse-77-staple'

async function browserSession(user: User) {
  const now = DateTime.now()
  return UserSession.create({ id: randomUUID(), userId: user.id, createdAt: now, lastSeenAt: now })
}

/** ended_at read as stored: whether the session was ended. */
async function isEnded(session: UserSession) {
  const row = await db.from('user_sessions').where('id', session.id).firstOrFail()
  return row.ended_at !== null
}

test.group('Profile / password change', (group) => {
  isolateInstallState(group)
  let admin: User
  group.each.setup(async () => {
    await installSite()
    admin = await User.findByOrFail('username', 'admin')
  })
  group.each.teardown(() => mail.restore())

  const change = (client: any, values: Record<string, string>, current?: UserSession) => {
    const request = client.post('/account/password').loginAs(admin).withCsrfToken()
    if (current) request.withSession({ userSessionId: current.id })
    return request.form(values).redirects(0)
  }

  test('changes the password and signs out every other device', async ({ client, assert }) => {
    const { mails } = mail.fake()
    const current = await browserSession(admin)
    const other = await browserSession(admin)
    await User.rememberMeTokens.create(admin, '30 days')

    const response = await change(
      client,
      {
        currentPassword: STRONG_PASSWORD,
        password: NEW_PASSWORD,
        passwordConfirmation: NEW_PASSWORD,
      },
      current
    )

    response.assertHeader('location', '/account/profile')
    response.assertFlashMessage(
      'success',
      'Your password is changed. Your other devices are signed out.'
    )
    await admin.refresh()
    assert.isTrue(await hash.verify(admin.password, NEW_PASSWORD))
    assert.isNotNull(admin.passwordChangedAt)
    assert.isTrue(await isEnded(other))
    assert.isFalse(await isEnded(current))
    assert.lengthOf(await db.from('remember_me_tokens').where('tokenable_id', admin.id), 0)
    const event = await AuditEvent.findByOrFail('event', 'user.password.changed')
    assert.containsSubset(event.toJSON(), {
      via: 'web',
      actorId: admin.id,
      subjectUserId: admin.id,
    })
    mails.assertQueuedCount(PasswordChangedNotification, 1)
  })

  test('refuses a wrong current password', async ({ client, assert }) => {
    const other = await browserSession(admin)

    const response = await change(client, {
      currentPassword: 'Not-The-Password-1',
      password: NEW_PASSWORD,
      passwordConfirmation: NEW_PASSWORD,
    })

    assertFieldError(response, 'currentPassword', 'The current password is not right')
    await admin.refresh()
    assert.isTrue(await hash.verify(admin.password, STRONG_PASSWORD))
    assert.isNull(admin.passwordChangedAt)
    assert.isFalse(await isEnded(other))
  })

  test('refuses a weak new password or a confirmation that differs', async ({ client, assert }) => {
    const weak = await change(client, {
      currentPassword: STRONG_PASSWORD,
      password: 'Zq7-short',
      passwordConfirmation: 'Zq7-short',
    })
    const mismatch = await change(client, {
      currentPassword: STRONG_PASSWORD,
      password: NEW_PASSWORD,
      passwordConfirmation: `${NEW_PASSWORD}!`,
    })

    assertFieldError(weak, 'password')
    assertFieldError(mismatch, 'passwordConfirmation')
    await admin.refresh()
    assert.isTrue(await hash.verify(admin.password, STRONG_PASSWORD))
  })

  test('refuses a form without its CSRF token', async ({ client, assert }) => {
    const response = await client
      .post('/account/password')
      .loginAs(admin)
      .form({
        currentPassword: STRONG_PASSWORD,
        password: NEW_PASSWORD,
        passwordConfirmation: NEW_PASSWORD,
      })
      .redirects(0)

    response.assertFlashMessage('error', 'This form has expired. Please submit it again.')
    await admin.refresh()
    assert.isTrue(await hash.verify(admin.password, STRONG_PASSWORD))
  })
})
