import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { type ContentStatus } from '#models/content'
import { createCategory, createImage, publicSiteGroup, writeContent, bodyAt } from './fixtures.js'

/** The page's own part, without the header and footer around it. */
const mainOf = (html: string) => html.match(/<main[\s\S]*<\/main>/)?.[0].replace(/\s+/g, ' ')

test.group('Public item page', (group) => {
  publicSiteGroup(group)

  test('shows the title, author, date, cover, body and terms', async ({ client, assert }) => {
    const cover = await createImage()
    const news = await createCategory('Harbour news', 'harbour-news')
    await writeContent({
      title: 'Tides & <boats>',
      excerpt: 'What the tide brought in.',
      body: '<h2>Morning</h2><p>The <strong>first</strong> boat.</p>',
      coverUploadId: cover.id,
      categoryIds: [news.id],
      tagNames: ['Sea', 'Boats'],
      publishAt: DateTime.fromISO('2026-03-04T10:00:00'),
    })

    const page = await client.get('/c/tides-boats').header('accept-language', 'en')
    page.assertStatus(200)
    const html = page.text()
    assert.include(html, '<h1 id="content-title">Tides &amp; &lt;boats&gt;</h1>')
    assert.include(html, 'By admin')
    assert.match(html, /<time datetime="2026-03-04T10:00:00[^"]*">March 4, 2026<\/time>/)
    assert.include(html, '<h2>Morning</h2><p>The <strong>first</strong> boat.</p>')
    assert.include(html, '<a href="/category/harbour-news">Harbour news</a>')
    assert.include(html, '<a href="/tag/boats">Boats</a>')
    assert.include(html, '<a href="/tag/sea">Sea</a>')
    assert.include(html, `src="/uploads/${cover.id}/w1280"`)
    assert.include(
      html,
      `srcset="/uploads/${cover.id}/w640 640w, /uploads/${cover.id}/w1280 1280w"`
    )
    assert.include(html, 'alt="Boats in the harbour at dawn"')
    assert.include(html, 'width="1280"')
  })

  test('prints the body as saved: sanitised once, on save', async ({ client, assert }) => {
    await writeContent({
      title: 'Unsafe body',
      body: '<p onclick="steal()">Hello</p><script>alert(1)</script><img src=x onerror="steal()">',
    })

    const html = await bodyAt(client, '/c/unsafe-body')
    assert.include(html, 'Hello')
    assert.notInclude(html, 'alert(1)')
    assert.notInclude(html, 'steal()')
  })

  test('dates the page in French for a French visitor', async ({ client, assert }) => {
    await writeContent({ title: 'Marée', publishAt: DateTime.fromISO('2026-03-04T10:00:00') })

    const html = await bodyAt(client, '/c/maree', 'fr')
    assert.include(html, '4 mars 2026')
    assert.include(html, '<html lang="fr">')
  })

  test('describes itself to search engines and link previews', async ({ client, assert }) => {
    const cover = await createImage()
    await writeContent({
      title: 'Plain title',
      seoTitle: 'Search title "quoted"',
      seoDescription: 'A description <for> search',
      coverUploadId: cover.id,
    })

    const html = await bodyAt(client, '/c/plain-title')
    assert.include(html, 'Search title &quot;quoted&quot; · Test site')
    assert.include(html, '<meta name="description" content="A description &lt;for&gt; search" />')
    assert.include(html, '<link rel="canonical" href="https://news.example.org/c/plain-title" />')
    assert.include(html, '<meta property="og:type" content="article" />')
    assert.include(
      html,
      '<meta property="og:url" content="https://news.example.org/c/plain-title" />'
    )
    assert.include(
      html,
      `<meta property="og:image" content="https://news.example.org/uploads/${cover.id}/w1280" />`
    )
    assert.include(
      html,
      '<link rel="alternate" type="application/atom+xml" href="/feed.xml" title="Test site: latest articles" />'
    )
  })

  test('falls back to the excerpt for the description', async ({ client, assert }) => {
    await writeContent({ title: 'No SEO', excerpt: 'Just the excerpt.' })

    const html = await bodyAt(client, '/c/no-seo')
    assert.include(html, '<meta name="description" content="Just the excerpt." />')
    assert.match(html, /<title>\s*No SEO · Test site\s*<\/title>/)
  })

  test('shows no cover when the image is private', async ({ client, assert }) => {
    const cover = await createImage({ visibility: 'private' })
    await writeContent({ title: 'Private cover', coverUploadId: cover.id })

    const html = await bodyAt(client, '/c/private-cover')
    assert.notInclude(html, `/uploads/${cover.id}`)
    assert.notInclude(html, 'og:image')
  })

  test('shows the metadata-free copy of an image too small for the sizes', async ({
    client,
    assert,
  }) => {
    const cover = await createImage({}, [
      ['full', 500],
      ['thumb', 320],
    ])
    await writeContent({ title: 'Small cover', coverUploadId: cover.id })

    const html = await bodyAt(client, '/c/small-cover')
    assert.include(html, `src="/uploads/${cover.id}/full"`)
    assert.include(html, 'width="500"')
    assert.notInclude(html, 'srcset=')
  })

  test('uses the original while the sizes are still being made', async ({ client, assert }) => {
    const cover = await createImage({ variantsStatus: 'pending' })
    await writeContent({ title: 'Fresh cover', coverUploadId: cover.id })

    const html = await bodyAt(client, '/c/fresh-cover')
    assert.include(html, `src="/uploads/${cover.id}"`)
    assert.notInclude(html, 'srcset=')
  })

  const hidden: [string, ContentStatus, Record<string, unknown>][] = [
    ['a draft', 'draft', {}],
    ['an item in review', 'review', {}],
    ['an archived item', 'archived', {}],
    ['an item scheduled later', 'published', { publishAt: DateTime.now().plus({ days: 1 }) }],
  ]
  for (const [label, status, extra] of hidden) {
    test(`answers ${label} with the site’s 404 page`, async ({ client, assert }) => {
      await writeContent({ title: 'Hidden item', ...extra }, status)

      const page = await client.get('/c/hidden-item')
      const unknown = await client.get('/no-such-page-at-all')
      page.assertStatus(404)
      assert.notInclude(page.text(), 'Hidden item')
      assert.equal(mainOf(page.text()), mainOf(unknown.text()))
    })
  }

  for (const slug of ['no-such-item', '..%2F..%2Fetc', '%3Cscript%3E', 'a'.repeat(300)]) {
    test(`answers the unknown slug ${slug.slice(0, 20)} with a 404`, async ({ client, assert }) => {
      const page = await client.get(`/c/${slug}`)
      page.assertStatus(404)
      assert.include(page.text(), 'Page not found')
      assert.notInclude(page.text(), '<script>')
    })
  }
})
