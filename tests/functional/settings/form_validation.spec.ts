import { test } from '@japa/runner'
import type User from '#models/user'
import { getSetting } from '#support/settings/get_setting'
import { assertFieldError, fieldErrors } from '#tests/helpers/form_errors'
import { installSite, isolateInstallState } from '#tests/helpers/install'
import { installedAdmin, mailForm, securityForm, settingsChanges, storedRows } from './helpers.js'

type Case = {
  title: string
  group: string
  form: Record<string, unknown>
  field: string
  message: string
}

const SITE = { site_name: 'Atelier', site_url: 'https://atelier.example', site_locale: 'en' }
const UPLOADS = {
  uploads_max_image_mb: '5',
  uploads_max_document_mb: '10',
  uploads_max_image_megapixels: '40',
}

const CASES: Case[] = [
  {
    title: 'a whole number field given text',
    group: 'security',
    form: securityForm({ security_lockout_threshold: 'seven' }),
    field: 'security_lockout_threshold',
    message: 'Enter a whole number.',
  },
  {
    title: 'a whole number field given decimals',
    group: 'uploads',
    form: { ...UPLOADS, uploads_max_image_mb: '2.5' },
    field: 'uploads_max_image_mb',
    message: 'Enter a whole number, without decimals.',
  },
  {
    title: 'a number below its range',
    group: 'security',
    form: securityForm({ security_lockout_threshold: '2' }),
    field: 'security_lockout_threshold',
    message: 'Enter a number between 3 and 20.',
  },
  {
    title: 'a number above its range',
    group: 'mail',
    form: mailForm({ mail_smtp_port: '70000' }),
    field: 'mail_smtp_port',
    message: 'Enter a number between 1 and 65535.',
  },
  {
    title: 'a choice that is not in the list',
    group: 'site',
    form: { ...SITE, site_locale: 'de' },
    field: 'site_locale',
    message: 'Choose one of the listed values.',
  },
  {
    title: 'JSON that does not parse',
    group: 'security',
    form: securityForm({ security_login_rate_limits: '{perIp: 3' }),
    field: 'security_login_rate_limits',
    message: 'This is not valid JSON.',
  },
  {
    title: 'JSON of the wrong shape',
    group: 'security',
    form: securityForm({ security_login_rate_limits: '{"perIp": 0, "perAccount": 8}' }),
    field: 'security_login_rate_limits',
    message: '"perIp" must be between 1 and 1000.',
  },
  {
    title: 'JSON that is not an object',
    group: 'security',
    form: securityForm({ security_login_rate_limits: '[1, 2]' }),
    field: 'security_login_rate_limits',
    message: 'The JSON must be an object with the keys shown in the description.',
  },
  {
    title: 'an invalid email address',
    group: 'mail',
    form: mailForm({ mail_from_address: 'noreply-at-example' }),
    field: 'mail_from_address',
    message: 'Enter a valid email address.',
  },
  {
    title: 'a host name with a space',
    group: 'mail',
    form: mailForm({ mail_smtp_host: 'smtp example.org' }),
    field: 'mail_smtp_host',
    message: 'Enter a host name or an IP address.',
  },
  {
    title: 'an address that is not http(s)',
    group: 'site',
    form: { ...SITE, site_url: 'ftp://atelier.example' },
    field: 'site_url',
    message: 'Enter a full address starting with http:// or https://.',
  },
  {
    title: 'an empty required text',
    group: 'site',
    form: { ...SITE, site_name: '' },
    field: 'site_name',
    message: 'This field is required.',
  },
  {
    title: 'a text longer than allowed',
    group: 'site',
    form: { ...SITE, site_footer: 'x'.repeat(501) },
    field: 'site_footer',
    message: 'Enter at most 500 characters.',
  },
]

test.group('Settings / bad input on the form', (group) => {
  isolateInstallState(group)
  let admin: User
  group.each.setup(async () => {
    await installSite()
    admin = await installedAdmin()
  })

  for (const item of CASES) {
    test(`refuses ${item.title} with a message and saves nothing`, async ({ client, assert }) => {
      const before = await storedRows()

      const response = await client
        .post(`/admin/settings/${item.group}`)
        .loginAs(admin)
        .withCsrfToken()
        .form(item.form)
        .redirects(0)

      response.assertHeader('location', `/admin/settings?group=${item.group}`)
      assertFieldError(response, item.field, item.message)
      assert.lengthOf(Object.keys(fieldErrors(response)), 1)
      assert.deepEqual(await storedRows(), before)
      assert.lengthOf(await settingsChanges(), 0)
    })
  }

  test('the same forms pass once corrected', async ({ client, assert }) => {
    const forms: [string, Record<string, unknown>][] = [
      ['site', SITE],
      ['mail', mailForm()],
      ['security', securityForm()],
      ['uploads', UPLOADS],
    ]
    for (const [name, form] of forms) {
      const response = await client
        .post(`/admin/settings/${name}`)
        .loginAs(admin)
        .withCsrfToken()
        .form(form)
        .redirects(0)
      assert.deepEqual(fieldErrors(response), {}, name)
    }
    assert.equal(await getSetting('site.url'), 'https://atelier.example')
    assert.equal(await getSetting('mail.smtp.port'), 587)
    assert.deepEqual(await getSetting('security.login_rate_limits'), {
      perIp: 30,
      perAccount: 8,
      windowMinutes: 20,
    })
    assert.equal(await getSetting('uploads.max_image_mb'), 5)
    assert.lengthOf(await settingsChanges(), 4)
  })

  test('messages follow the admin’s language', async ({ client }) => {
    admin.locale = 'fr'
    await admin.save()
    const response = await client
      .post('/admin/settings/security')
      .loginAs(admin)
      .withCsrfToken()
      .form(securityForm({ security_lockout_minutes: '0', security_login_rate_limits: '{' }))
      .redirects(0)

    assertFieldError(response, 'security_lockout_minutes', 'Saisissez un nombre entre 1 et 1440.')
    assertFieldError(response, 'security_login_rate_limits', 'Ce n’est pas du JSON valide.')
  })

  test('the page shows each message under its field with what was typed', async ({ client }) => {
    const page = await client
      .post('/admin/settings/site')
      .loginAs(admin)
      .withCsrfToken()
      .form({ ...SITE, site_name: 'Still typed', site_url: 'nope' })

    page.assertTextIncludes('Enter a full address starting with http:// or https://.')
    page.assertTextIncludes('value="Still typed"')
    page.assertTextIncludes('value="nope"')
    page.assertTextIncludes('aria-invalid="true"')
  })
})
