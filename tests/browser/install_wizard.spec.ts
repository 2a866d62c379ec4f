/// <reference lib="dom" />
import { test } from '@japa/runner'
import { mkdir } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import env from '#start/env'
import app from '@adonisjs/core/services/app'
import User from '#models/user'
import { launchChromium } from './chromium.js'
import { isolateInstallState, STRONG_PASSWORD } from '#tests/helpers/install'

const BASE_URL = `http://${env.get('HOST')}:${env.get('PORT')}`
const SCREENSHOTS = app.makePath('tests/browser/screenshots')

async function snap(page: Page, name: string) {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true })
}

/** Collects what the browser reports as blocked by the Content-Security-Policy. */
function watchCspViolations(page: Page): string[] {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  return violations
}

test.group('Install wizard in Chromium', (group) => {
  let browser: Browser
  group.setup(async () => {
    await mkdir(SCREENSHOTS, { recursive: true })
    browser = await launchChromium()
    return () => browser.close()
  })
  isolateInstallState(group)

  test('a newcomer installs the site, stumbling on the way, then signs in', async ({ assert }) => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } })
    const cspViolations = watchCspViolations(page)

    // The home page of a new site leads to the wizard.
    await page.goto(`${BASE_URL}/`)
    await page.waitForURL('**/install')
    await snap(page, '01-language')

    await page.getByLabel('English').check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.waitForURL('**/install/requirements')
    assert.equal(await page.locator('.checklist__item.is-failed').count(), 0)
    await snap(page, '02-requirements')
    await page.getByRole('button', { name: 'Continue' }).click()

    // Wrong database credentials: the visitor stays on the step and reads why.
    await page.waitForURL('**/install/database')
    await page.getByLabel('PostgreSQL').check()
    await assertVisible(page.getByLabel('Host'), assert)
    assert.isFalse(await page.getByLabel('Database file').isVisible())
    await page.getByLabel('Host').fill('127.0.0.1')
    await page.getByLabel('Port').fill('5432')
    await page.getByLabel('Database name').fill('test')
    await page.getByLabel('User').fill('nobody-here')
    await page.getByLabel('Password').fill('wrong-password')
    await page.getByRole('button', { name: 'Test connection' }).click()
    await page.waitForURL('**/install/database')
    const dbError = page.getByRole('alert')
    await dbError.first().waitFor()
    assert.match(await dbError.first().innerText(), /Cannot connect to the database/)
    await snap(page, '03-database-error')

    // SQLite, the default, works.
    await page.getByLabel('SQLite').check()
    await assertVisible(page.getByLabel('Database file'), assert)
    await snap(page, '04-database-sqlite')
    await page.getByRole('button', { name: 'Continue' }).click()

    await page.waitForURL('**/install/site')
    await page.getByLabel('Site name').fill('Browser Test Site')
    await snap(page, '05-site')
    await page.getByRole('button', { name: 'Continue' }).click()

    // A weak password, then a mismatched confirmation, are both refused.
    await page.waitForURL('**/install/admin')
    await page.getByLabel('Email address').fill('owner@example.org')
    await page.getByLabel('Username').fill('owner')
    await page.getByLabel('Password', { exact: true }).fill('weakpass')
    await page.getByLabel('Confirm the password').fill('weakpass')
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.waitForURL('**/install/admin')
    assert.include(
      await page.locator('.field__error').first().innerText(),
      'at least 12 characters'
    )
    await snap(page, '06-admin-weak-password')

    await page.getByLabel('Password', { exact: true }).fill(STRONG_PASSWORD)
    await page.getByLabel('Confirm the password').fill(`${STRONG_PASSWORD}-typo`)
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.waitForURL('**/install/admin')
    assert.include(await page.locator('.field__error').first().innerText(), 'do not match')
    await snap(page, '07-admin-mismatch')

    await page.getByLabel('Password', { exact: true }).fill(STRONG_PASSWORD)
    await page.getByLabel('Confirm the password').fill(STRONG_PASSWORD)
    await page.getByRole('button', { name: 'Continue' }).click()

    await page.waitForURL('**/install/mail')
    await snap(page, '08-mail')
    await page.getByRole('button', { name: 'Skip' }).click()

    await page.waitForURL('**/install/finish')
    await snap(page, '09-finish')
    await page.getByRole('button', { name: 'Install' }).click()
    await page.getByRole('heading', { name: 'Your site is installed' }).waitFor()
    await snap(page, '10-done')

    const admin = await User.findByOrFail('email', 'owner@example.org')
    assert.equal(admin.role, 'admin')

    // The wizard is gone for good.
    const again = await page.goto(`${BASE_URL}/install/language`)
    assert.equal(again?.status(), 404)
    await snap(page, '11-install-locked')

    // Sign out, then back in through the login form.
    await page.goto(`${BASE_URL}/`)
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.getByRole('link', { name: 'Sign in' }).first().click()
    await page.getByLabel('Email or username').fill('owner')
    await page.getByLabel('Password').fill(STRONG_PASSWORD)
    await snap(page, '12-login')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByText('You are signed in as owner').waitFor()
    await snap(page, '13-home-signed-in')

    assert.deepEqual(cspViolations, [])
  })

  test('the wizard reads well on a 360 px phone in dark mode, in French', async ({ assert }) => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      colorScheme: 'dark',
      locale: 'fr-FR',
    })
    const page = await context.newPage()
    await page.goto(`${BASE_URL}/install/language`)
    assert.equal(await page.locator('h1').innerText(), 'Bienvenue dans Filamenta')
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth > window.innerWidth
    )
    assert.isFalse(overflow, 'the page scrolls sideways at 360 px')
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    assert.equal(background, 'rgb(15, 18, 22)')
    await snap(page, '20-language-mobile-dark-fr')
    await context.close()
  })
})

async function assertVisible(locator: ReturnType<Page['getByLabel']>, assert: any) {
  await locator.waitFor({ state: 'visible' })
  assert.isTrue(await locator.isVisible())
}
