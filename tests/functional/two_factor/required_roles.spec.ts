import { test } from '@japa/runner'
import User from '#models/user'
import AuditEvent from '#models/audit_event'
import SetTwoFactorRequiredRoles from '#actions/two_factor/set_two_factor_required_roles'
import { twoFactorRequiredRoles } from '#support/two_factor_requirement'
import { enableTwoFactorFor, isolateTwoFactorState } from '#tests/helpers/two_factor'

const admin = () => User.findByOrFail('username', 'admin')

function requireFor(roles: string[]) {
  return new SetTwoFactorRequiredRoles().handle({ roles, origin: { via: 'cli' } })
}

test.group('Two-factor / required for some roles', (group) => {
  isolateTwoFactorState(group)

  test('an admin without 2FA is sent to the 2FA page, which says why', async ({ client }) => {
    await requireFor(['admin'])
    const user = await admin()
    const home = await client.get('/').loginAs(user).redirects(0)
    home.assertHeader('location', '/account/two-factor')

    const page = await client.get('/account/two-factor').loginAs(user)
    page.assertStatus(200)
    page.assertTextIncludes('Your role requires two-factor authentication.')
  })

  test('an admin without 2FA can still start enrolment and sign out', async ({ client }) => {
    await requireFor(['admin'])
    const user = await admin()
    const enrol = await client
      .post('/account/two-factor/enrolment')
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    enrol.assertHeader('location', '/account/two-factor/enrolment')

    const logout = await client.post('/logout').loginAs(user).withCsrfToken().redirects(0)
    logout.assertHeader('location', '/')
  })

  test('an admin with 2FA goes through', async ({ client }) => {
    await requireFor(['admin'])
    const user = await admin()
    await enableTwoFactorFor(user)
    const home = await client.get('/').loginAs(user).redirects(0)
    home.assertStatus(200)
  })

  test('a member goes through when only admins must use 2FA', async ({ client }) => {
    await requireFor(['admin'])
    const member = await User.create({
      email: 'member@example.org',
      username: 'member',
      password: 'Another-Strong-Pass-77',
      role: 'member',
    })
    const home = await client.get('/').loginAs(member).redirects(0)
    home.assertStatus(200)
  })

  test('nobody is redirected while no role requires 2FA', async ({ client }) => {
    const home = await client
      .get('/')
      .loginAs(await admin())
      .redirects(0)
    home.assertStatus(200)
    const page = await client.get('/account/two-factor').loginAs(await admin())
    page.assertTextIncludes('Off.')
  })

  test('setting the roles keeps known roles once and records the change', async ({ assert }) => {
    const outcome = await requireFor(['member', 'admin', 'admin'])
    assert.deepEqual(outcome, { status: 'saved', roles: ['admin', 'member'] })
    assert.deepEqual(await twoFactorRequiredRoles(), ['admin', 'member'])
    const events = await AuditEvent.query().where(
      'event',
      'settings.two_factor_required_roles.changed'
    )
    assert.lengthOf(events, 1)
  })

  test('setting an unknown role changes nothing', async ({ assert }) => {
    await requireFor(['admin'])
    const outcome = await requireFor(['admin', 'wizard'])
    assert.deepEqual(outcome, { status: 'unknown_roles', roles: ['wizard'] })
    assert.deepEqual(await twoFactorRequiredRoles(), ['admin'])
  })

  test('an empty list requires 2FA of nobody', async ({ assert, client }) => {
    await requireFor(['admin'])
    await requireFor([])
    assert.deepEqual(await twoFactorRequiredRoles(), [])
    const home = await client
      .get('/')
      .loginAs(await admin())
      .redirects(0)
    home.assertStatus(200)
  })
})
