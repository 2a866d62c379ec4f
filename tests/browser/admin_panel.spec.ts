/// <reference lib="dom" />
import { test } from '@japa/runner'
import { mkdir } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import env from '#start/env'
import app from '@adonisjs/core/services/app'
import User from '#models/user'
import { launchChromium } from './chromium.js'
import { installSite, isolateInstallState, STRONG_PASSWORD } from '#tests/helpers/install'
import { seedUsers } from '#tests/helpers/users'

const BASE_URL = `http://${env.get('HOST')}:${env.get('PORT')}`
const SCREENSHOTS = app.makePath('tests/browser/screenshots/admin')

async function snap(page: Page, name: string) {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true })
}

async function signInAsAdmin(page: Page) {
  await page.goto(`${BASE_URL}/login`)
  await page.getByLabel('Email or username').fill('admin')
  await page.getByLabel('Password').fill(STRONG_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL(`${BASE_URL}/`)
}

/** The usernames the users table shows, in order. */
function listedUsernames(page: Page) {
  return page.locator('td[data-column="username"]').allInnerTexts()
}

test.group('Admin panel in Chromium', (group) => {
  let browser: Browser
  group.setup(async () => {
    await mkdir(SCREENSHOTS, { recursive: true })
    browser = await launchChromium()
    return () => browser.close()
  })
  isolateInstallState(group)

  test('an admin manages users from the list, without full reloads', async ({ assert }) => {
    await installSite()
    await seedUsers(
      Array.from({ length: 30 }, (_, index) => ({
        username: `person${String(index).padStart(2, '0')}`,
        role: index % 3 === 0 ? ('author' as const) : ('member' as const),
      }))
    )
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } })
    await signInAsAdmin(page)

    await page.goto(`${BASE_URL}/admin/users`)
    await page.getByText('1–25 of 31').waitFor()
    await snap(page, '10-users-list')

    // Sorting swaps the table in place: a marker set on the page survives.
    await page.evaluate(() => ((window as any).sameDocument = true))
    await page.getByRole('link', { name: 'Username' }).click()
    await page.waitForURL(`${BASE_URL}/admin/users?sort=username`)
    const sorted = await listedUsernames(page)
    assert.deepEqual(sorted.slice(0, 2), ['admin', 'person00'])
    await page.getByRole('link', { name: 'Next' }).click()
    await page.waitForURL(`${BASE_URL}/admin/users?sort=username&page=2`)
    await page.getByText('26–31 of 31').waitFor()
    assert.isTrue(await page.evaluate(() => (window as any).sameDocument === true))

    // Search, then back to the previous state with the browser's back button.
    await page.getByLabel('Search').fill('person07')
    await page.getByRole('button', { name: 'Apply' }).first().click()
    await page.waitForURL(`${BASE_URL}/admin/users?search=person07&sort=username`)
    assert.deepEqual(await listedUsernames(page), ['person07'])
    await page.goBack()
    await page.getByText('26–31 of 31').waitFor()
    assert.isTrue(await page.evaluate(() => (window as any).sameDocument === true))
    await snap(page, '11-users-page-2')

    // A filter applies on change.
    await page.goto(`${BASE_URL}/admin/users`)
    await page.getByLabel('Role').selectOption('author')
    await page.waitForURL(`${BASE_URL}/admin/users?role=author`)
    await page.getByText('1–10 of 10').waitFor()

    // Bulk lock of the selected rows, confirmed on its own page.
    await page.getByLabel('Select person00').check()
    await page.getByLabel('Select person03').check()
    await page.getByLabel('With the selected rows').selectOption('lock')
    await page.getByRole('button', { name: 'Apply', exact: true }).last().click()
    await page.getByText('Lock: 2 selected rows?').waitFor()
    await snap(page, '12-bulk-confirm')
    await page.getByRole('button', { name: 'Lock' }).click()
    await page.getByText('2 accounts locked.').waitFor()
    assert.equal(page.url(), `${BASE_URL}/admin/users?role=author`)
    const locked = await User.query().whereNotNull('locked_until').orderBy('username')
    assert.deepEqual(
      locked.map((user) => user.username),
      ['person00', 'person03']
    )
  })

  test('lists still work with JavaScript off', async ({ assert }) => {
    await installSite()
    await seedUsers([{ username: 'zoe' }, { username: 'yann' }])
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await signInAsAdmin(page)
    await page.goto(`${BASE_URL}/admin/users`)
    await page.getByRole('link', { name: 'Username' }).click()
    await page.waitForURL(`${BASE_URL}/admin/users?sort=username`)
    assert.deepEqual(await listedUsernames(page), ['admin', 'yann', 'zoe'])
    await page.getByLabel('Search').fill('zo')
    await page.getByRole('button', { name: 'Apply' }).first().click()
    // A plain form also sends the filters left on "Any", empty.
    await page.waitForURL((url) => url.searchParams.get('search') === 'zo')
    assert.equal(new URL(page.url()).searchParams.get('sort'), 'username')
    assert.deepEqual(await listedUsernames(page), ['zoe'])
    await context.close()
  })
})
