import { test } from '@japa/runner'
import env from '#start/env'
import mail from '@adonisjs/mail/services/main'
import User from '#models/user'
import Setting from '#models/setting'
import { saveSetting } from '#support/settings_store'
import { smtpServer } from '#services/mail_settings'
import PasswordChangedNotification from '#mails/password_changed_notification'
import ResetPasswordNotification from '#mails/reset_password_notification'
import { installSite, isolateInstallState, STRONG_PASSWORD } from '#tests/helpers/install'
import { startSmtpCatcher } from './smtp_catcher.js'

const CREDENTIALS = { user: 'mailer', password: 'Smtp-Secret-42' }

/** Points the site at a local SMTP server, the way the admin settings page saves it. */
async function useSmtpServer(port: number) {
  await saveSetting('mail.smtp.host', '127.0.0.1')
  await saveSetting('mail.smtp.port', port)
  await saveSetting('mail.smtp.secure', false)
  await saveSetting('mail.smtp.user', CREDENTIALS.user)
  await saveSetting('mail.smtp.password', CREDENTIALS.password, { secret: true })
  await saveSetting('mail.from.address', 'noreply@atelier.example')
  await saveSetting('mail.from.name', 'Atelier')
}

function member(locale: string) {
  return User.create({
    email: 'marie@example.org',
    username: 'marie',
    fullName: 'Marie Curie',
    password: STRONG_PASSWORD,
    role: 'member',
    locale,
  })
}

test.group('Mail / SMTP delivery', (group) => {
  isolateInstallState(group)
  group.each.setup(async () => {
    await installSite({ siteName: 'Atelier', siteUrl: 'https://atelier.example' })
  })

  test('a queued message reaches the SMTP server saved in the settings', async ({ assert }) => {
    const catcher = await startSmtpCatcher({ credentials: CREDENTIALS })
    await useSmtpServer(catcher.port)
    const arriving = catcher.nextMessage()

    await mail.use('smtp').sendLater(new PasswordChangedNotification(await member('fr')))
    const received = await arriving
    await catcher.close()

    assert.equal(received.subject, 'Votre mot de passe pour Atelier a été modifié')
    assert.deepEqual(received.from?.value, [
      { address: 'noreply@atelier.example', name: 'Atelier' },
    ])
    assert.deepEqual(received.to && !Array.isArray(received.to) ? received.to.value : [], [
      { address: 'marie@example.org', name: 'Marie Curie' },
    ])
    assert.equal(received.headers.get('auto-submitted'), 'auto-generated')
    assert.include(received.text, 'Bonjour Marie Curie,')
    assert.include(received.text, 'https://atelier.example/auth/forgot-password')
    assert.include(String(received.html), '<html lang="fr">')
    assert.include(String(received.html), 'href="https://atelier.example/auth/forgot-password"')
  })

  test('an English-speaking user gets the English message', async ({ assert }) => {
    const catcher = await startSmtpCatcher({ credentials: CREDENTIALS })
    await useSmtpServer(catcher.port)
    const arriving = catcher.nextMessage()

    await mail
      .use('smtp')
      .sendLater(new ResetPasswordNotification(await member('en'), 'T'.repeat(43)))
    const received = await arriving
    await catcher.close()

    assert.equal(received.subject, 'Choose a new password for Atelier')
    assert.include(received.text, `https://atelier.example/auth/reset-password/${'T'.repeat(43)}`)
    assert.include(String(received.html), '<html lang="en">')
  })

  test('sending later returns before the server has even answered', async ({ assert }) => {
    const catcher = await startSmtpCatcher({ credentials: CREDENTIALS, holdConnections: true })
    await useSmtpServer(catcher.port)
    const arriving = catcher.nextMessage()

    await mail.use('smtp').sendLater(new PasswordChangedNotification(await member('en')))
    assert.lengthOf(catcher.received, 0)

    catcher.release()
    const received = await arriving
    await catcher.close()
    assert.equal(received.subject, 'Your password for Atelier was changed')
  })

  test('a message the server refuses for now is retried and delivered', async ({ assert }) => {
    const catcher = await startSmtpCatcher({ credentials: CREDENTIALS, refuseFirst: 1 })
    await useSmtpServer(catcher.port)
    const arriving = catcher.nextMessage()

    await mail.use('smtp').sendLater(new PasswordChangedNotification(await member('en')))
    const received = await arriving
    await catcher.close()

    assert.equal(catcher.attempts.count, 2)
    assert.equal(received.subject, 'Your password for Atelier was changed')
  }).timeout(10_000)

  test('settings saved by an admin apply to the next message without a restart', async ({
    assert,
  }) => {
    const first = await startSmtpCatcher({ credentials: CREDENTIALS })
    const second = await startSmtpCatcher({ credentials: CREDENTIALS })
    const user = await member('en')

    await useSmtpServer(first.port)
    const toFirst = first.nextMessage()
    await mail.use('smtp').sendLater(new PasswordChangedNotification(user))
    await toFirst

    await saveSetting('mail.smtp.port', second.port)
    const toSecond = second.nextMessage()
    await mail.use('smtp').sendLater(new PasswordChangedNotification(user))
    await toSecond
    await Promise.all([first.close(), second.close()])

    assert.lengthOf(first.received, 1)
    assert.lengthOf(second.received, 1)
  })
})

test.group('Mail / SMTP settings', (group) => {
  isolateInstallState(group)
  group.each.setup(async () => {
    await installSite()
  })

  test('without saved settings the SMTP_* environment is used', async ({ assert }) => {
    assert.deepEqual(await smtpServer(), {
      host: env.get('SMTP_HOST', 'localhost'),
      port: env.get('SMTP_PORT', 587),
      secure: env.get('SMTP_SECURE', false),
      user: env.get('SMTP_USER') || undefined,
      password: env.get('SMTP_PASSWORD') || undefined,
    })
  })

  test('saved settings win, with the password decrypted', async ({ assert }) => {
    await useSmtpServer(2525)
    assert.deepEqual(await smtpServer(), {
      host: '127.0.0.1',
      port: 2525,
      secure: false,
      user: 'mailer',
      password: 'Smtp-Secret-42',
    })
    const stored = await Setting.findOrFail('mail.smtp.password')
    assert.notInclude(stored.value, 'Smtp-Secret-42')
  })

  test('a saved host is never paired with the environment’s credentials', async ({ assert }) => {
    await saveSetting('mail.smtp.host', 'smtp.atelier.example')
    assert.deepEqual(await smtpServer(), {
      host: 'smtp.atelier.example',
      port: 587,
      secure: false,
      user: undefined,
      password: undefined,
    })
  })
})
