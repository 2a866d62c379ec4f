import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import User from '#models/user'
import type LocalizedMail from '#mails/localized_mail'
import VerifyEmailNotification from '#mails/verify_email_notification'
import ResetPasswordNotification from '#mails/reset_password_notification'
import AccountLockedNotification from '#mails/account_locked_notification'
import PasswordChangedNotification from '#mails/password_changed_notification'
import { saveSetting } from '#support/settings_store'
import { installSite, isolateInstallState, STRONG_PASSWORD } from '#tests/helpers/install'

const TOKEN = 'A'.repeat(43)

function member(overrides: Partial<Pick<User, 'locale' | 'email' | 'username'>> = {}) {
  return User.create({
    email: 'member@example.org',
    username: 'member',
    password: STRONG_PASSWORD,
    role: 'member',
    locale: 'en',
    ...overrides,
  })
}

/** Builds a message as the queue would send it: subject, sender, both bodies. */
async function render(message: LocalizedMail) {
  await message.buildWithContents()
  const built = message.message.toObject().message
  return {
    subject: String(built.subject),
    from: built.from,
    to: built.to,
    html: String(built.html),
    text: String(built.text),
  }
}

const everyMessage = (user: User) => [
  new VerifyEmailNotification(user, TOKEN),
  new ResetPasswordNotification(user, TOKEN),
  new PasswordChangedNotification(user),
  new AccountLockedNotification(user, DateTime.now().plus({ minutes: 15 })),
]

test.group('Mail / messages', (group) => {
  isolateInstallState(group)
  group.each.setup(async () => {
    await installSite({ siteName: 'Atelier', siteUrl: 'https://atelier.example' })
  })

  test('the verification message links to the site for 24 hours', async ({ assert }) => {
    const mail = await render(new VerifyEmailNotification(await member(), TOKEN))
    assert.equal(mail.subject, 'Confirm your email address for Atelier')
    assert.deepEqual(mail.to, [{ address: 'member@example.org', name: 'member' }])
    const link = `https://atelier.example/auth/verify-email/${TOKEN}`
    assert.include(mail.html, `href="${link}"`)
    assert.include(mail.text, link)
    assert.include(mail.text, 'The link works once, within 24 hours.')
  })

  test('the reset message links to the site for one hour', async ({ assert }) => {
    const mail = await render(new ResetPasswordNotification(await member(), TOKEN))
    assert.equal(mail.subject, 'Choose a new password for Atelier')
    const link = `https://atelier.example/auth/reset-password/${TOKEN}`
    assert.include(mail.html, `href="${link}"`)
    assert.include(mail.text, link)
    assert.include(mail.text, 'within 60 minutes')
  })

  test('the password-changed notice says when and links to a new reset', async ({ assert }) => {
    const user = await member()
    user.passwordChangedAt = DateTime.fromISO('2026-03-04T10:20:00')
    const mail = await render(new PasswordChangedNotification(user))
    assert.equal(mail.subject, 'Your password for Atelier was changed')
    assert.include(mail.text, 'March 4, 2026')
    assert.include(mail.text, 'https://atelier.example/auth/forgot-password')
    assert.include(mail.html, 'href="https://atelier.example/auth/forgot-password"')
  })

  test('the lockout notice says until when', async ({ assert }) => {
    const until = DateTime.fromISO('2026-03-04T10:35:00')
    const mail = await render(new AccountLockedNotification(await member(), until))
    assert.equal(mail.subject, 'Your account on Atelier is locked for a while')
    assert.include(mail.text, 'locked until March 4, 2026')
    assert.include(mail.html, 'locked until March 4, 2026')
  })

  test('every message speaks French to a French-speaking user', async ({ assert }) => {
    const user = await member({ locale: 'fr' })
    const subjects = []
    for (const message of everyMessage(user)) {
      const mail = await render(message)
      subjects.push(mail.subject)
      assert.include(mail.text, 'Bonjour member,')
      assert.include(mail.html, '<html lang="fr">')
      assert.include(
        mail.text,
        'Vous recevez ce message parce que vous avez un compte sur Atelier.'
      )
    }
    assert.deepEqual(subjects, [
      'Confirmez votre adresse e-mail pour Atelier',
      'Choisissez un nouveau mot de passe pour Atelier',
      'Votre mot de passe pour Atelier a été modifié',
      'Votre compte sur Atelier est bloqué pour un moment',
    ])
  })

  test('a user without a language gets the site’s default', async ({ assert }) => {
    await saveSetting('site.locale', 'fr')
    const { forgetSiteSettings } = await import('#support/site_settings')
    forgetSiteSettings()
    const mail = await render(new VerifyEmailNotification(await member({ locale: null }), TOKEN))
    assert.equal(mail.subject, 'Confirmez votre adresse e-mail pour Atelier')
  })

  test('every message has an HTML and a plain-text body without markup', async ({ assert }) => {
    for (const message of everyMessage(await member())) {
      const mail = await render(message)
      assert.match(mail.html, /^<!DOCTYPE html>/)
      assert.notMatch(mail.text, /<[a-z!/]/i)
      assert.notInclude(mail.text, '&')
      assert.notMatch(mail.text, /\n{3,}/)
    }
  })

  test('the plain-text body is laid out in paragraphs with a signature', async ({ assert }) => {
    const mail = await render(new VerifyEmailNotification(await member(), TOKEN))
    assert.equal(
      mail.text,
      [
        'Confirm your email address',
        '',
        'Hello member,',
        '',
        'Please confirm that this address is yours by opening the link below.',
        '',
        `https://atelier.example/auth/verify-email/${TOKEN}`,
        '',
        'The link works once, within 24 hours.',
        'If you did not create an account on Atelier, ignore this message.',
        '',
        '--',
        'You receive this message because you have an account on Atelier.',
        'This message was sent automatically; replies are not read.',
        'https://atelier.example/',
        '',
      ].join('\n')
    )
  })

  test('plain text keeps the site name as typed, HTML escapes it', async ({ assert }) => {
    await saveSetting('site.name', 'Tom & <Jerry>')
    const { forgetSiteSettings } = await import('#support/site_settings')
    forgetSiteSettings()
    const mail = await render(new PasswordChangedNotification(await member()))
    assert.include(mail.text, 'an account on Tom & <Jerry>.')
    assert.include(mail.html, 'Tom &amp; &lt;Jerry&gt;')
    assert.notInclude(mail.html, '<Jerry>')
  })

  test('links fall back to APP_URL when no site address is saved', async ({ assert }) => {
    const { default: Setting } = await import('#models/setting')
    await Setting.query().where('key', 'site.url').delete()
    const mail = await render(new VerifyEmailNotification(await member(), TOKEN))
    const { appUrl } = await import('#config/app')
    assert.include(mail.text, `${appUrl.replace(/\/$/, '')}/auth/verify-email/${TOKEN}`)
  })

  test('the sender comes from the mail settings when saved', async ({ assert }) => {
    const fallback = await render(new PasswordChangedNotification(await member()))
    assert.deepEqual(fallback.from, { address: 'filamenta@localhost', name: 'Atelier' })

    await saveSetting('mail.from.address', 'hello@atelier.example')
    await saveSetting('mail.from.name', 'L’Atelier')
    const user = await User.findByOrFail('username', 'member')
    const mail = await render(new PasswordChangedNotification(user))
    assert.deepEqual(mail.from, { address: 'hello@atelier.example', name: 'L’Atelier' })
  })
})
