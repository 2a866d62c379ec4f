import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import User from '#models/user'
import { saveSetting } from '#support/settings_store'
import { REGISTRATION_SETTING } from '#support/registration'
import { assertFieldError } from '#tests/helpers/form_errors'
import { installSite, isolateInstallState } from '#tests/helpers/install'

const NEW_PASSWORD = 'Fresh-Member-Pass-77'
const form = (overrides: Record<string, string> = {}) => ({
  email: 'member@example.org',
  username: 'member',
  password: NEW_PASSWORD,
  passwordConfirmation: NEW_PASSWORD,
  ...overrides,
})
const register = (client: any, values: Record<string, string>) =>
  client.post('/register').withCsrfToken().form(values).redirects(0)

test.group('Registration', (group) => {
  isolateInstallState(group)
  group.each.setup(async () => {
    await installSite()
  })

  test('is closed unless the site opens it', async ({ client, assert }) => {
    const page = await client.get('/register')
    page.assertStatus(404)
    const posted = await register(client, form())
    posted.assertStatus(404)
    assert.isNull(await User.findBy('email', 'member@example.org'))
    const login = await client.get('/login')
    assert.notInclude(login.text(), 'href="/register"')
  })

  test('creates a member, signs them in and mails a verification link', async ({
    client,
    assert,
  }) => {
    await saveSetting(REGISTRATION_SETTING, true)
    const login = await client.get('/login')
    login.assertTextIncludes('href="/register"')

    const { mails } = mail.fake()
    try {
      const response = await register(client, form())
      response.assertHeader('location', '/')
      const member = await User.findByOrFail('email', 'member@example.org')
      assert.equal(member.role, 'member')
      assert.isNull(member.emailVerifiedAt)
      assert.match(member.password, /^\$argon2id\$/)
      mails.assertQueuedCount(1)
    } finally {
      mail.restore()
    }
  })

  test('refuses a taken email or username, whatever its case', async ({ client }) => {
    await saveSetting(REGISTRATION_SETTING, true)
    const response = await register(client, form({ email: 'ADMIN@example.org', username: 'Admin' }))
    assertFieldError(response, 'email')
    assertFieldError(response, 'username')
  })

  test('refuses a common password, a weak one and a mismatched confirmation', async ({
    client,
  }) => {
    await saveSetting(REGISTRATION_SETTING, true)
    const common = await register(
      client,
      form({ password: 'password1234', passwordConfirmation: 'password1234' })
    )
    assertFieldError(
      common,
      'password',
      'The password is too common: it appears in lists of leaked passwords'
    )

    const weak = await register(client, form({ password: 'short', passwordConfirmation: 'short' }))
    assertFieldError(weak, 'password')

    const mismatch = await register(client, form({ passwordConfirmation: `${NEW_PASSWORD}x` }))
    assertFieldError(mismatch, 'passwordConfirmation')
  })

  test('refuses malformed email and username', async ({ client, assert }) => {
    await saveSetting(REGISTRATION_SETTING, true)
    const response = await register(client, form({ email: 'nope', username: 'a b' }))
    assertFieldError(response, 'email')
    assertFieldError(response, 'username')
    assert.isNull(await User.findBy('username', 'a b'))
  })
})
