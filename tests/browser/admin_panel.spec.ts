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

  test('an admin runs the site: dashboard, users, settings, and finds it all in the audit trail', async ({
    assert,
  }) => {
    await installSite()
    await seedUsers([
      { username: 'wanda', role: 'member' },
      { username: 'xavier', role: 'member' },
      { username: 'yolanda', role: 'author' },
    ])
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await signInAsAdmin(page)

    await page.goto(`${BASE_URL}/admin`)
    await page.locator('[data-chart] canvas').waitFor()
    await snap(page, '01-dashboard')

    // Find a user by search, lock and unlock them, change their role.
    await page.goto(`${BASE_URL}/admin/users`)
    await page.getByLabel('Search').fill('wand')
    await page.getByRole('button', { name: 'Apply' }).first().click()
    await page.waitForURL((url) => url.searchParams.get('search') === 'wand')
    assert.deepEqual(await listedUsernames(page), ['wanda'])
    await page.getByRole('link', { name: 'wanda', exact: true }).click()
    await page.getByRole('link', { name: 'Lock' }).click()
    await snap(page, '02-lock-confirm')
    await page.getByRole('button', { name: 'Lock' }).click()
    await page.getByText('wanda is locked.').waitFor()
    await page.getByRole('button', { name: 'Unlock' }).click()
    await page.getByText('wanda is unlocked.').waitFor()
    await page.getByRole('link', { name: 'Change role' }).click()
    await page.getByLabel('Role', { exact: true }).selectOption('editor')
    await page.getByRole('button', { name: 'Change role' }).click()
    await page.getByText('The role of wanda is changed.').waitFor()
    await snap(page, '03-user-detail')
    const wanda = await User.findByOrFail('username', 'wanda')
    assert.equal(wanda.role, 'editor')
    assert.isNull(wanda.lockedUntil)

    // A bulk action on two rows.
    await page.goto(`${BASE_URL}/admin/users?sort=username`)
    await page.getByLabel('Select xavier').check()
    await page.getByLabel('Select yolanda').check()
    await page.getByLabel('With the selected rows').selectOption('lock')
    await page.getByRole('button', { name: 'Apply', exact: true }).last().click()
    await page.getByRole('button', { name: 'Lock' }).click()
    await page.getByText('2 accounts locked.').waitFor()

    // Edit a setting: the new site name shows at once.
    await page.goto(`${BASE_URL}/admin/settings?group=site`)
    await page.getByLabel('Site name').fill('Panel Proof')
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByText('The settings are saved.').waitFor()
    assert.include(await page.locator('header').innerText(), 'Panel Proof')

    // Replace the SMTP password: it is never sent back to the browser.
    const secret = 'Smtp-Secret-Value-981'
    await page.goto(`${BASE_URL}/admin/settings?group=mail`)
    await page.getByLabel('SMTP host').fill('smtp.example.org')
    await page.getByLabel('SMTP password').fill(secret)
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByText('The settings are saved.').waitFor()
    await page.getByText('A value is set. It is never shown.').waitFor()
    assert.notInclude(await page.content(), secret)
    assert.equal(await page.getByLabel('SMTP password').inputValue(), '')
    await snap(page, '04-mail-settings')

    // Each of these is in the audit trail.
    await page.goto(`${BASE_URL}/admin/audit`)
    const trail = await page.locator('main').innerText()
    for (const label of [
      'Account locked',
      'Account unlocked',
      'Role changed',
      'Settings changed',
      'Signed in',
    ]) {
      assert.include(trail, label)
    }
    assert.notInclude(await page.content(), secret)
    await snap(page, '05-audit-trail')
    await page.getByLabel('Event').selectOption('user.locked')
    await page.getByRole('button', { name: 'Filter' }).click()
    await page.waitForURL((url) => url.searchParams.get('event') === 'user.locked')
    assert.equal(await page.locator('tbody tr').count(), 3)
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
