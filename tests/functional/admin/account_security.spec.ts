import { test } from '@japa/runner'
import User from '#models/user'
import AuditEvent from '#models/audit_event'
import { accountSecuritySettings } from '#support/account_security_settings'
import { assertFieldError } from '#tests/helpers/form_errors'
import { installSite, isolateInstallState, STRONG_PASSWORD } from '#tests/helpers/install'

const VALID = {
  allowRegistration: 'true',
  requireVerifiedEmail: 'true',
  twoFactorRoles: ['editor', 'author'],
  lockoutThreshold: '7',
  lockoutMinutes: '30',
}

test.group('Admin / account security settings', (group) => {
  isolateInstallState(group)
  let admin: User
  group.each.setup(async () => {
    await installSite()
    admin = await User.findByOrFail('username', 'admin')
  })

  test('shows the current settings to an admin', async ({ client }) => {
    const page = await client.get('/admin/account-security').loginAs(admin)
    page.assertStatus(200)
    page.assertTextIncludes('Let visitors create their own account')
  })

  test('saves every setting and records who changed them', async ({ client, assert }) => {
    const response = await client
      .post('/admin/account-security')
      .loginAs(admin)
      .withCsrfToken()
      .form(VALID)
      .redirects(0)
    response.assertHeader('location', '/admin/account-security')
    assert.deepEqual(await accountSecuritySettings(), {
      allowRegistration: true,
      requireVerifiedEmail: true,
      twoFactorRoles: ['author', 'editor'],
      lockoutThreshold: 7,
      lockoutMinutes: 30,
    })
    const event = await AuditEvent.findByOrFail('event', 'settings.account_security.changed')
    assert.equal(event.actorId, admin.id)
  })

  test('unchecked boxes turn the options off', async ({ client, assert }) => {
    await client.post('/admin/account-security').loginAs(admin).withCsrfToken().form(VALID)
    await client
      .post('/admin/account-security')
      .loginAs(admin)
      .withCsrfToken()
      .form({ lockoutThreshold: '5', lockoutMinutes: '15' })
    const settings = await accountSecuritySettings()
    assert.isFalse(settings.allowRegistration)
    assert.deepEqual(settings.twoFactorRoles, [])
  })

  test('refuses an unknown role and out-of-range lockout values', async ({ client, assert }) => {
    const response = await client
      .post('/admin/account-security')
      .loginAs(admin)
      .withCsrfToken()
      .form({ ...VALID, twoFactorRoles: ['emperor'], lockoutThreshold: '0', lockoutMinutes: 'x' })
      .redirects(0)
    assertFieldError(response, 'twoFactorRoles.0')
    assertFieldError(response, 'lockoutThreshold')
    assertFieldError(response, 'lockoutMinutes')
    const settings = await accountSecuritySettings()
    assert.isFalse(settings.allowRegistration)
  })

  test('a member can neither see nor change them', async ({ client, assert }) => {
    const member = await User.create({
      email: 'member@example.org',
      username: 'member',
      password: STRONG_PASSWORD,
      role: 'member',
    })
    const page = await client.get('/admin/account-security').loginAs(member)
    page.assertStatus(403)
    await client.post('/admin/account-security').loginAs(member).withCsrfToken().form(VALID)
    const settings = await accountSecuritySettings()
    assert.isFalse(settings.allowRegistration)
  })
})
