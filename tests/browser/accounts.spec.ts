/// <reference lib="dom" />
import { test } from '@japa/runner'
import { mkdir } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import env from '#start/env'
import app from '@adonisjs/core/services/app'
import mail from '@adonisjs/mail/services/main'
import User from '#models/user'
import { saveSetting } from '#support/settings_store'
import { launchChromium } from './chromium.js'
import { codeFor } from '#tests/helpers/two_factor'
import { installSite, isolateInstallState } from '#tests/helpers/install'
import { startSmtpCatcher } from '../functional/mail/smtp_catcher.js'

const BASE_URL = `http://${env.get('HOST')}:${env.get('PORT')}`
const SCREENSHOTS = app.makePath('tests/browser/screenshots/accounts')
const PASSWORD = 'Browser-Member-Pass-42'

async function snap(page: Page, name: string) {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true })
}

async function signOut(page: Page) {
  await page.goto(`${BASE_URL}/`)
  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.waitForURL(`${BASE_URL}/`)
}

async function signIn(page: Page) {
  await page.goto(`${BASE_URL}/login`)
  await page.getByLabel('Email or username').fill('newmember')
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL('**/auth/two-factor-challenge')
}

test.group('Accounts in Chromium', (group) => {
  let browser: Browser
  group.setup(async () => {
    await mkdir(SCREENSHOTS, { recursive: true })
    browser = await launchChromium()
    return () => browser.close()
  })
  isolateInstallState(group)

  test('a newcomer registers, verifies the email, turns on 2FA and signs in with it', async ({
    assert,
  }) => {
    // A real SMTP server receives the site's mail, as in production.
    const smtp = await startSmtpCatcher()
    const defaultMailer = mail.config.default
    mail.config.default = 'smtp'
    try {
      await installSite({ allowRegistration: true })
      await saveSetting('mail.smtp.host', '127.0.0.1')
      await saveSetting('mail.smtp.port', smtp.port)
      await saveSetting('mail.smtp.secure', false)

      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } })

      // Register.
      await page.goto(`${BASE_URL}/login`)
      await page.getByRole('link', { name: 'Create an account' }).click()
      await page.getByLabel('Email address').fill('newmember@example.org')
      await page.getByLabel('Username').fill('newmember')
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD)
      await page.getByText('Password strength').waitFor()
      await page.getByLabel('Confirm the password').fill(PASSWORD)
      await snap(page, '01-register')
      const verificationMail = smtp.nextMessage()
      await page.getByRole('button', { name: 'Create my account' }).click()
      await page.waitForURL(`${BASE_URL}/`)
      await snap(page, '02-registered')

      // Follow the link of the verification email the SMTP server received.
      const message = await verificationMail
      assert.include(
        message.to && 'text' in message.to ? message.to.text : '',
        'newmember@example.org'
      )
      const link = String(message.text).match(/https?:\/\/\S+\/auth\/verify-email\/\S+/)?.[0]
      assert.exists(link, 'the email holds a verification link')
      await page.goto(link!.replace(/^https?:\/\/[^/]+/, BASE_URL))
      await snap(page, '03-email-verified')
      const member = await User.findByOrFail('username', 'newmember')
      assert.isNotNull(member.emailVerifiedAt)

      // Turn on 2FA, reading the key from the page.
      await page.goto(`${BASE_URL}/account/two-factor`)
      await snap(page, '04-two-factor-off')
      await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click()
      const shownKey = await page.locator('.manual-key').innerText()
      const manualKey = shownKey.replace(/\s+/g, '')
      assert.isAbove(manualKey.length, 15)
      const qrSource = await page.locator('img[alt^="QR code"]').getAttribute('src')
      assert.match(qrSource ?? '', /^data:/)
      await snap(page, '05-two-factor-enrolment')
      await page.getByLabel('6-digit code').fill(await codeFor(manualKey))
      await page.getByRole('button', { name: 'Turn on', exact: true }).click()
      await page.getByRole('heading', { name: 'Your recovery codes' }).waitFor()
      const recoveryCodes = await page.locator('.recovery-codes code').allInnerTexts()
      assert.lengthOf(recoveryCodes, 10)
      await snap(page, '06-recovery-codes')

      // Sign out, then in with a code from the app (the next step: the last one was used).
      await signOut(page)
      await signIn(page)
      await snap(page, '07-challenge')
      await page.getByLabel('6-digit code').fill(await codeFor(manualKey, 1))
      await page.getByRole('button', { name: 'Verify' }).click()
      await page.waitForURL(`${BASE_URL}/`)
      await page.getByText('You are signed in').first().waitFor()
      await snap(page, '08-signed-in-with-code')

      // Sign out, then in with a recovery code.
      await signOut(page)
      await signIn(page)
      await page.getByRole('link', { name: 'Lost your phone? Use a recovery code' }).click()
      await page.getByLabel('Recovery code').fill(recoveryCodes[0])
      await snap(page, '09-challenge-recovery')
      await page.getByRole('button', { name: 'Verify' }).click()
      await page.waitForURL(`${BASE_URL}/`)
      await snap(page, '10-signed-in-with-recovery-code')

      // The same recovery code is refused the second time.
      await signOut(page)
      await signIn(page)
      await page.getByRole('link', { name: 'Lost your phone? Use a recovery code' }).click()
      await page.getByLabel('Recovery code').fill(recoveryCodes[0])
      await page.getByRole('button', { name: 'Verify' }).click()
      await page.waitForURL('**/auth/two-factor-challenge**')
      assert.include(await page.locator('.field__error').first().innerText(), 'not right')
      await snap(page, '11-recovery-code-refused')
    } finally {
      mail.config.default = defaultMailer
      await smtp.close()
    }
  })
})
