import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { forgetInstallState } from '#support/install_state'
import { publicSiteGroup, writeContent, writeLiveContents, createImage } from './fixtures.js'

/** The titles of the cards on a listing page, in order. */
function cardTitles(html: string): string[] {
  return [...html.matchAll(/<h2 class="content-card__title"[^>]*>\s*<a [^>]*>([^<]*)<\/a>/g)].map(
    (match) => match[1]
  )
}

test.group('Public listing', (group) => {
  publicSiteGroup(group)

  test('lists live items newest first, ten a page, with prev/next links', async ({
    client,
    assert,
  }) => {
    await writeLiveContents(12)

    const first = await client.get('/c')
    first.assertStatus(200)
    assert.deepEqual(cardTitles(first.text()), [
      'Item 1',
      'Item 2',
      'Item 3',
      'Item 4',
      'Item 5',
      'Item 6',
      'Item 7',
      'Item 8',
      'Item 9',
      'Item 10',
    ])
    assert.include(first.text(), '<link rel="next" href="/c?page=2" />')
    assert.include(first.text(), 'rel="next" href="/c?page=2"')
    assert.notInclude(first.text(), 'rel="prev"')
    assert.include(first.text(), 'Page 1 of 2')

    const second = await client.get('/c?page=2')
    second.assertStatus(200)
    assert.deepEqual(cardTitles(second.text()), ['Item 11', 'Item 12'])
    assert.include(second.text(), '<link rel="prev" href="/c" />')
    assert.include(
      second.text(),
      '<link rel="canonical" href="https://news.example.org/c?page=2" />'
    )
    assert.notInclude(second.text(), 'rel="next"')
  })

  test('shows each card with its excerpt, date and cover thumbnail', async ({ client, assert }) => {
    const cover = await createImage()
    await writeContent({
      title: 'Harbour news',
      excerpt: 'Boats & <b>tides</b>',
      coverUploadId: cover.id,
      publishAt: DateTime.fromISO('2026-03-04T10:00:00'),
    })

    const page = await client.get('/c').header('accept-language', 'en')
    page.assertStatus(200)
    assert.include(page.text(), '<a href="/c/harbour-news">Harbour news</a>')
    assert.include(page.text(), 'Boats &amp; &lt;b&gt;tides&lt;/b&gt;')
    assert.match(page.text(), /<time datetime="2026-03-04T10:00:00[^"]*">March 4, 2026<\/time>/)
    assert.include(page.text(), `src="/uploads/${cover.id}/thumb"`)
  })

  test('formats dates in the visitor’s language', async ({ client, assert }) => {
    await writeContent({ title: 'Marée', publishAt: DateTime.fromISO('2026-03-04T10:00:00') })

    const page = await client.get('/c').header('accept-language', 'fr')
    assert.include(page.text(), '4 mars 2026')
  })

  test('leaves out drafts, items in review, archived and scheduled items', async ({
    client,
    assert,
  }) => {
    await writeContent({ title: 'Live one' })
    await writeContent({ title: 'Draft one' }, 'draft')
    await writeContent({ title: 'Review one' }, 'review')
    await writeContent({ title: 'Archived one' }, 'archived')
    await writeContent({ title: 'Later one', publishAt: DateTime.now().plus({ hours: 1 }) })

    const page = await client.get('/c')
    assert.deepEqual(cardTitles(page.text()), ['Live one'])
  })

  test('says so when nothing is published, and has no second page', async ({ client, assert }) => {
    const page = await client.get('/c')
    page.assertStatus(200)
    assert.include(page.text(), 'Nothing has been published yet.')
    assert.notInclude(page.text(), 'content-pager')

    const second = await client.get('/c?page=2')
    second.assertStatus(404)
  })

  test('answers a page past the last with the site’s 404 page', async ({ client, assert }) => {
    await writeLiveContents(3)

    const past = await client.get('/c?page=2')
    const unknown = await client.get('/no-such-page-at-all')

    past.assertStatus(404)
    unknown.assertStatus(404)
    const heading = (html: string) => html.match(/<h1 id="error-title">([^<]*)<\/h1>/)?.[1]
    assert.equal(heading(past.text()), 'Page not found')
    assert.equal(heading(past.text()), heading(unknown.text()))
  })

  for (const bad of ['abc', '0', '-1', '1.5', '01', '1e2', '2x', '%20', '1000000']) {
    test(`answers ?page=${bad} with a 400 page that says why`, async ({ client, assert }) => {
      const page = await client.get(`/c?page=${bad}`)
      page.assertStatus(400)
      assert.include(page.text(), 'The page number must be a whole number from 1 upwards')
    })
  }

  test('answers an empty ?page= with a 400 page', async ({ client, assert }) => {
    const page = await client.get('/c?page=')
    page.assertStatus(400)
    assert.include(page.text(), 'Bad page number')
  })

  test('answers a bad ?page= in JSON to a client that asks for JSON', async ({ client }) => {
    const page = await client.get('/c?page=x').header('accept', 'application/json')
    page.assertStatus(400)
    page.assertBody({
      errors: [
        {
          message: 'The page number must be a whole number from 1 upwards, such as ?page=2.',
        },
      ],
    })
  })

  test('answers a repeated ?page= with a 400 page', async ({ client, assert }) => {
    const page = await client.get('/c?page=1&page=2')
    page.assertStatus(400)
    assert.include(page.text(), 'Bad page number')
  })

  test('says why in French too', async ({ client, assert }) => {
    const page = await client.get('/c?page=zero').header('accept-language', 'fr')
    page.assertStatus(400)
    assert.include(page.text(), 'Le numéro de page doit être un nombre entier')
  })

  test('is linked from the site header, marked as the current page', async ({ client, assert }) => {
    const home = await client.get('/')
    assert.match(home.text(), /<a href="\/c"\s*>\s*Articles\s*<\/a>/)

    const listing = await client.get('/c')
    assert.match(listing.text(), /<a href="\/c" aria-current="page"\s*>\s*Articles\s*<\/a>/)
  })

  test('sends visitors of a site not installed yet to the wizard', async ({ client }) => {
    // Installed by the group: forgetting the memo and the table makes it look fresh.
    forgetInstallState()
    const { default: db } = await import('@adonisjs/lucid/services/db')
    await db.from('installations').delete()

    const page = await client.get('/c').redirects(0)
    page.assertStatus(302)
    page.assertHeader('location', '/install')
  })
})
