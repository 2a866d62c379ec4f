import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import drive from '@adonisjs/drive/services/main'
import type User from '#models/user'
import { getSetting } from '#support/settings/get_setting'
import { logoImageType } from '#support/settings/logo_image'
import { installSite, isolateInstallState } from '#tests/helpers/install'
import { installedAdmin, settingsChanges } from './helpers.js'

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('IHDR rest of a tiny png'),
])
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF')])
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')])
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
const SITE = { site_name: 'Atelier', site_url: 'https://atelier.example', site_locale: 'en' }

test.group('Settings / site logo', (group) => {
  isolateInstallState(group)
  let admin: User
  let http: ApiClient
  let disk: ReturnType<typeof drive.fake>
  group.each.setup(async ({ context }) => {
    http = context!.client
    disk = drive.fake()
    await installSite()
    admin = await installedAdmin()
    return () => drive.restore()
  })

  const upload = (bytes: Buffer, filename: string, fields: Record<string, string> = {}) =>
    http
      .post('/admin/settings/site')
      .loginAs(admin)
      .withCsrfToken()
      .fields({ ...SITE, ...fields })
      .file('site_logo', bytes, { filename })

  test('an uploaded PNG is stored and served with its type and cache headers', async ({
    client,
    assert,
  }) => {
    const page = await upload(PNG, 'logo.png')
    page.assertTextIncludes('The settings are saved.')

    const logo = (await getSetting('site.logo'))!
    assert.equal(logo.contentType, 'image/png')
    disk.assertExists(logo.path)

    const served = await client.get('/site/logo')
    served.assertStatus(200)
    served.assertHeader('content-type', 'image/png')
    served.assertHeader('x-content-type-options', 'nosniff')
    served.assertHeader('cache-control', 'public, max-age=86400')
    served.assertHeader('etag', `"${logo.version}"`)
    assert.deepEqual(Buffer.from(served.body()), PNG)

    const again = await client.get('/site/logo').header('if-none-match', `"${logo.version}"`)
    again.assertStatus(304)
  })

  test('the logo shows in the header of every page', async ({ client }) => {
    await upload(PNG, 'logo.png')
    const logo = (await getSetting('site.logo'))!

    for (const path of ['/', '/login']) {
      const page = await client.get(path)
      page.assertTextIncludes(`<img class="site-logo" src="/site/logo?v=${logo.version}" alt="" />`)
    }
  })

  test('the type is read from the bytes, not from the name', async ({ assert }) => {
    const page = await upload(JPEG, 'logo.png')

    page.assertTextIncludes('The settings are saved.')
    assert.equal((await getSetting('site.logo'))!.contentType, 'image/jpeg')
  })

  test('an SVG is refused even when named .png', async ({ assert }) => {
    const response = await upload(SVG, 'logo.png').redirects(0)

    assert.deepEqual(response.flashMessage('inputErrorsBag'), {
      site_logo: ['The logo must be a PNG, JPEG or WebP image.'],
    })
    assert.isNull(await getSetting('site.logo'))
    assert.equal(await getSetting('site.name'), 'Test site')
  })

  test('a file over 512 KB is refused', async ({ assert }) => {
    const big = Buffer.concat([PNG, Buffer.alloc(600 * 1024)])
    const response = await upload(big, 'logo.png').redirects(0)

    assert.deepEqual(Object.keys(response.flashMessage('inputErrorsBag')), ['site_logo'])
    assert.isNull(await getSetting('site.logo'))
  })

  test('a new logo replaces the old file', async ({ assert }) => {
    await upload(PNG, 'logo.png')
    const first = (await getSetting('site.logo'))!
    await upload(WEBP, 'logo.webp')
    const second = (await getSetting('site.logo'))!

    assert.notEqual(second.version, first.version)
    assert.equal(second.contentType, 'image/webp')
    disk.assertMissing(first.path)
    disk.assertExists(second.path)
  })

  test('"remove the logo" deletes it', async ({ client, assert }) => {
    await upload(PNG, 'logo.png')
    const logo = (await getSetting('site.logo'))!
    await http
      .post('/admin/settings/site')
      .loginAs(admin)
      .withCsrfToken()
      .form({ ...SITE, removeLogo: 'true' })

    assert.isNull(await getSetting('site.logo'))
    disk.assertMissing(logo.path)
    const served = await client.get('/site/logo')
    served.assertStatus(404)
    const [, removed] = await settingsChanges()
    assert.isNull(removed.changes.after!['site.logo'])
  })

  test('without a logo the address answers 404 and the header has none', async ({
    client,
    assert,
  }) => {
    const served = await client.get('/site/logo')
    served.assertStatus(404)
    const page = await client.get('/')
    assert.notInclude(page.text(), 'class="site-logo"')
  })

  test('recognises PNG, JPEG and WebP by their first bytes only', ({ assert }) => {
    assert.equal(logoImageType(PNG)?.contentType, 'image/png')
    assert.equal(logoImageType(JPEG)?.contentType, 'image/jpeg')
    assert.equal(logoImageType(WEBP)?.contentType, 'image/webp')
    assert.isUndefined(logoImageType(SVG))
    assert.isUndefined(logoImageType(Buffer.from('GIF89a')))
    assert.isUndefined(logoImageType(Buffer.alloc(0)))
  })
})
