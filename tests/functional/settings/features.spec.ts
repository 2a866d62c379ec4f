import { test } from '@japa/runner'
import type User from '#models/user'
import { getSetting } from '#support/settings/get_setting'
import { assertFieldError } from '#tests/helpers/form_errors'
import { installSite, isolateInstallState } from '#tests/helpers/install'
import { installedAdmin, settingsChanges } from './helpers.js'

const VALID = {
  accounts_registration_open: 'true',
  accounts_require_verified_email: 'true',
  security_two_factor_required_roles: ['editor', 'author', 'editor'],
}

const features = async () => ({
  registration: await getSetting('accounts.registration_open'),
  verifiedEmail: await getSetting('accounts.require_verified_email'),
  twoFactorRoles: await getSetting('security.two_factor_required_roles'),
})

/*
| The former account-security page: registration, verified email and the
| roles that must use 2FA are the "features" group now.
*/
test.group('Settings / features group', (group) => {
  isolateInstallState(group)
  let admin: User
  group.each.setup(async () => {
    await installSite()
    admin = await installedAdmin()
  })

  test('shows the current features with their descriptions', async ({ client }) => {
    const page = await client.get('/admin/settings?group=features').loginAs(admin)

    page.assertStatus(200)
    page.assertTextIncludes('Let visitors create their own account')
    page.assertTextIncludes('Off: only administrators create accounts.')
    page.assertTextIncludes('name="security_two_factor_required_roles[]"')
  })

  test('speaks French to a French admin', async ({ client }) => {
    admin.locale = 'fr'
    await admin.save()
    const page = await client.get('/admin/settings?group=features').loginAs(admin)

    page.assertTextIncludes('Permettre aux visiteurs de créer leur propre compte')
    page.assertTextIncludes('Fonctions')
  })

  test('saves every feature and records the change', async ({ client, assert }) => {
    const response = await client
      .post('/admin/settings/features')
      .loginAs(admin)
      .withCsrfToken()
      .form(VALID)
      .redirects(0)

    response.assertHeader('location', '/admin/settings?group=features')
    assert.deepEqual(await features(), {
      registration: true,
      verifiedEmail: true,
      twoFactorRoles: ['editor', 'author'],
    })
    const [entry] = await settingsChanges()
    assert.equal(entry.event.actorId, admin.id)
    assert.equal(entry.event.via, 'web')
    assert.equal(entry.event.targetId, 'features')
    assert.deepEqual(entry.changes.before, {
      'accounts.registration_open': false,
      'accounts.require_verified_email': false,
      'security.two_factor_required_roles': [],
    })
    assert.deepEqual(entry.changes.after, {
      'accounts.registration_open': true,
      'accounts.require_verified_email': true,
      'security.two_factor_required_roles': ['editor', 'author'],
    })
  })

  test('the saved values are ticked on the page', async ({ client }) => {
    await client.post('/admin/settings/features').loginAs(admin).withCsrfToken().form(VALID)
    const page = await client.get('/admin/settings?group=features').loginAs(admin)

    page.assertTextIncludes('name="accounts_registration_open" value="true" checked')
    page.assertTextIncludes('name="security_two_factor_required_roles[]" value="editor" checked')
    page.assertTextIncludes('name="security_two_factor_required_roles[]" value="member" />')
  })

  test('unticked boxes turn the features off', async ({ client, assert }) => {
    await client.post('/admin/settings/features').loginAs(admin).withCsrfToken().form(VALID)
    await client.post('/admin/settings/features').loginAs(admin).withCsrfToken().form({})

    assert.deepEqual(await features(), {
      registration: false,
      verifiedEmail: false,
      twoFactorRoles: [],
    })
    assert.lengthOf(await settingsChanges(), 2)
  })

  test('saving what is already saved records nothing', async ({ client, assert }) => {
    await client.post('/admin/settings/features').loginAs(admin).withCsrfToken().form({})
    assert.lengthOf(await settingsChanges(), 0)
  })

  test('refuses an unknown role and saves nothing', async ({ client, assert }) => {
    const response = await client
      .post('/admin/settings/features')
      .loginAs(admin)
      .withCsrfToken()
      .form({ ...VALID, security_two_factor_required_roles: ['admin', 'emperor'] })
      .redirects(0)

    response.assertHeader('location', '/admin/settings?group=features')
    assertFieldError(response, 'security_two_factor_required_roles.1')
    assert.deepEqual(await features(), {
      registration: false,
      verifiedEmail: false,
      twoFactorRoles: [],
    })
    assert.lengthOf(await settingsChanges(), 0)
  })
})
