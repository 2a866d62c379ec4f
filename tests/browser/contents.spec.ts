/// <reference lib="dom" />
import { test } from '@japa/runner'
import { mkdir } from 'node:fs/promises'
import sharp from 'sharp'
import { DateTime } from 'luxon'
import type { Browser, Page } from 'playwright-core'
import env from '#start/env'
import app from '@adonisjs/core/services/app'
import drive from '@adonisjs/drive/services/main'
import User, { type UserRole } from '#models/user'
import Content from '#models/content'
import backgroundJobs from '#support/background_jobs'
import { launchChromium } from './chromium.js'
import { installSite, isolateInstallState, STRONG_PASSWORD } from '#tests/helpers/install'

const BASE_URL = `http://${env.get('HOST')}:${env.get('PORT')}`
const SCREENSHOTS = app.makePath('tests/browser/screenshots/contents')

async function snap(page: Page, name: string) {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true })
}

async function createWriter(username: string, role: UserRole) {
  return User.create({
    username,
    email: `${username}@example.org`,
    password: STRONG_PASSWORD,
    role,
    emailVerifiedAt: DateTime.now(),
  })
}

async function signIn(page: Page, username: string) {
  await page.goto(`${BASE_URL}/login`)
  await page.getByLabel('Email or username').fill(username)
  await page.getByLabel('Password').fill(STRONG_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL(`${BASE_URL}/`)
}

async function signOut(page: Page) {
  await page.goto(`${BASE_URL}/`)
  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.waitForURL(`${BASE_URL}/`)
}

/*
| A photo big enough that its upload takes a few seconds once the
| connection is throttled, so the progress bar can be seen part-way: random
| pixels do not compress.
*/
function noisyPhoto() {
  return sharp({
    create: {
      width: 1400,
      height: 900,
      channels: 3,
      background: '#4a7',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  })
    .png()
    .toBuffer()
}

/** Drops a file on an element the way a desktop drag and drop does. */
async function dropFile(page: Page, selector: string, name: string, bytes: Buffer, type: string) {
  const transfer = await page.evaluateHandle(
    ({ data, fileName, mime }) => {
      const dataTransfer = new DataTransfer()
      dataTransfer.items.add(new File([new Uint8Array(data)], fileName, { type: mime }))
      return dataTransfer
    },
    { data: [...bytes], fileName: name, mime: type }
  )
  for (const event of ['dragenter', 'dragover', 'drop']) {
    await page.dispatchEvent(selector, event, { dataTransfer: transfer })
  }
}

/** The body editor's text, as the server stored it last. */
async function storedBody(title: string) {
  const content = await Content.findByOrFail('title', title)
  return content.body
}

test.group('Contents in Chromium', (group) => {
  let browser: Browser
  group.setup(async () => {
    await mkdir(SCREENSHOTS, { recursive: true })
    browser = await launchChromium()
    return () => browser.close()
  })
  group.each.setup(() => {
    drive.fake()
    return () => drive.restore()
  })
  isolateInstallState(group)

  test('an author writes and submits, an editor publishes, a visitor reads it', async ({
    assert,
  }) => {
    await installSite()
    await createWriter('ada', 'author')
    await createWriter('eddie', 'editor')
    const photo = await noisyPhoto()

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    page.on('dialog', (dialog) =>
      dialog.type() === 'prompt' ? dialog.accept('Grey heron at dawn') : dialog.accept()
    )
    await signIn(page, 'ada')

    // A draft with formatting.
    await page.goto(`${BASE_URL}/admin/contents/new`)
    await page.getByLabel('Title', { exact: true }).fill('Herons of the estuary')
    await page.getByLabel('Excerpt').fill('A morning with the grey herons.')
    const body = page.locator('.ProseMirror')
    await body.click()
    await page.getByRole('button', { name: 'Heading level 2' }).click()
    await page.keyboard.type('At dawn')
    await page.keyboard.press('Enter')
    await page.keyboard.type('The heron stood ')
    await page.getByRole('button', { name: 'Bold' }).click()
    await page.keyboard.type('perfectly still')
    await page.getByRole('button', { name: 'Bold' }).click()
    await page.keyboard.type(' in the shallow water.')
    await page.keyboard.press('Enter')

    // An image uploaded by drag and drop in the picker, over a slow line.
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 400 * 1024,
    })
    await page.getByRole('button', { name: 'Insert an image' }).click()
    await page.locator('dialog.media-picker').waitFor()
    await dropFile(page, '.media-picker__drop', 'heron.png', photo, 'image/png')
    const bar = page.locator('dialog.media-picker progress')
    await page.waitForFunction(() => {
      const progress = document.querySelector('dialog.media-picker progress') as HTMLProgressElement
      return progress !== null && progress.value > 0 && progress.value < 100
    })
    assert.isTrue(await bar.isVisible())
    await snap(page, '01-upload-progress')
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    })
    await page.getByRole('button', { name: 'Choose heron.png' }).click()
    await page.waitForFunction(() => {
      const picked = document.querySelector('.ProseMirror img') as HTMLImageElement | null
      return picked !== null && picked.complete && picked.naturalWidth > 0
    })
    await snap(page, '02-editor')

    await page.getByRole('button', { name: 'Save draft' }).click()
    await page.getByText('“Herons of the estuary” was created.').waitFor()
    const firstBody = await storedBody('Herons of the estuary')
    assert.include(firstBody, '<strong>perfectly still</strong>')
    assert.match(firstBody, /<img src="\/uploads\/\d+[^"]*" alt="Grey heron at dawn"/)

    // A second save changes the text; then the first revision comes back.
    await body.locator('p', { hasText: 'The heron stood' }).click()
    await page.keyboard.press('End')
    await page.keyboard.type(' Then it flew away.')
    await page.getByRole('button', { name: 'Save draft' }).click()
    await page.getByText('Your changes to “Herons of the estuary” were saved.').waitFor()
    assert.include(await storedBody('Herons of the estuary'), 'Then it flew away.')

    const restoreFirst = page.getByRole('button', { name: /^Restore the revision of/ }).last()
    await restoreFirst.click()
    await page.waitForURL(/\/admin\/contents\/\d+\/edit/)
    assert.notInclude(await storedBody('Herons of the estuary'), 'Then it flew away.')
    assert.include(await storedBody('Herons of the estuary'), '<strong>perfectly still</strong>')
    await snap(page, '03-after-restore')

    await page.getByRole('button', { name: 'Submit for review' }).click()
    await page.waitForURL(`${BASE_URL}/admin/contents`)
    const submitted = await Content.findByOrFail('title', 'Herons of the estuary')
    assert.equal(submitted.status, 'review')
    await signOut(page)

    // The editor publishes it from the editor page.
    await signIn(page, 'eddie')
    await page.goto(`${BASE_URL}/admin/contents/${submitted.id}/edit`)
    await page.getByRole('button', { name: 'Publish' }).click()
    await page.getByText(/status changed to “Published”/).waitFor()
    await signOut(page)
    await backgroundJobs.idle()

    // A visitor reads it, and finds it in the feed.
    await page.goto(`${BASE_URL}/c`)
    await page.getByRole('link', { name: 'Herons of the estuary' }).click()
    await page.waitForURL(`${BASE_URL}/c/${submitted.slug}`)
    await page.getByRole('heading', { name: 'Herons of the estuary', level: 1 }).waitFor()
    await page.getByText('perfectly still').waitFor()
    const image = page.locator('article img[alt="Grey heron at dawn"]')
    await image.waitFor()
    assert.isTrue(await image.evaluate((element: HTMLImageElement) => element.naturalWidth > 0))
    await snap(page, '04-public-page')

    const feed = await page.request.get(`${BASE_URL}/feed.xml`)
    assert.equal(feed.status(), 200)
    const atom = await feed.text()
    assert.include(atom, 'Herons of the estuary')
    assert.include(atom, `/c/${submitted.slug}`)
  })

  test('the media gallery shows what was uploaded', async ({ assert }) => {
    await installSite()
    await createWriter('ada', 'author')
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await signIn(page, 'ada')
    await page.goto(`${BASE_URL}/admin/media`)
    for (const [name, color] of [
      ['lagoon.png', '#2a7ab8'],
      ['dunes.png', '#d9a441'],
      ['forest.png', '#2f7d4a'],
    ] as const) {
      const bytes = await sharp({
        create: { width: 900, height: 600, channels: 3, background: color },
      })
        .png()
        .toBuffer()
      await dropFile(page, '[data-media-drop]', name, bytes, 'image/png')
      await page.locator('.media-queue__item.is-done', { hasText: name }).waitFor()
    }
    await dropFile(page, '[data-media-drop]', 'notes.txt', Buffer.from('just text'), 'text/plain')
    const refusal = page.locator('.media-queue__item.is-failed', { hasText: 'notes.txt' })
    await refusal.waitFor()
    assert.include(await refusal.innerText(), 'is not an accepted type')
    await backgroundJobs.idle()
    await page.goto(`${BASE_URL}/admin/media`)
    await page.getByText('1–3 of 3').waitFor()
    const thumbnails = page.locator('.media-card img')
    assert.equal(await thumbnails.count(), 3)
    await snap(page, '05-gallery')
  })
})
