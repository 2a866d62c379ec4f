import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import {
  createCategory,
  publicSiteGroup,
  writeContent,
  writeLiveContents,
  statusAt,
} from './fixtures.js'

const cardTitles = (html: string) =>
  [...html.matchAll(/<h2 class="content-card__title"[^>]*>\s*<a [^>]*>([^<]*)<\/a>/g)].map(
    (match) => match[1]
  )

test.group('Public category and tag pages', (group) => {
  publicSiteGroup(group)

  test('a category page lists its live items only, with its description', async ({
    client,
    assert,
  }) => {
    const boats = await createCategory('Boats', 'boats', 'Hulls, sails & oars')
    const other = await createCategory('Weather', 'weather')
    await writeContent({ title: 'Sloop', categoryIds: [boats.id] })
    await writeContent({ title: 'Rain', categoryIds: [other.id] })
    await writeContent({ title: 'Draft dinghy', categoryIds: [boats.id] }, 'draft')

    const page = await client.get('/category/boats')
    page.assertStatus(200)
    assert.deepEqual(cardTitles(page.text()), ['Sloop'])
    assert.include(page.text(), '<h1 id="listing-title">Boats</h1>')
    assert.include(page.text(), 'Hulls, sails &amp; oars')
    assert.include(
      page.text(),
      '<link rel="canonical" href="https://news.example.org/category/boats" />'
    )
  })

  test('a category page is paginated like the listing', async ({ client, assert }) => {
    const boats = await createCategory('Boats', 'boats')
    await writeLiveContents(11, 'Boat', { categoryIds: [boats.id] })

    const first = await client.get('/category/boats')
    assert.lengthOf(cardTitles(first.text()), 10)
    assert.include(first.text(), 'rel="next" href="/category/boats?page=2"')

    const second = await client.get('/category/boats?page=2')
    assert.deepEqual(cardTitles(second.text()), ['Boat 11'])
    assert.include(second.text(), 'rel="prev" href="/category/boats"')

    assert.equal(await statusAt(client, '/category/boats?page=3'), 404)
    assert.equal(await statusAt(client, '/category/boats?page=two'), 400)
  })

  test('an empty category says so', async ({ client, assert }) => {
    await createCategory('Quiet', 'quiet')

    const page = await client.get('/category/quiet')
    page.assertStatus(200)
    assert.include(page.text(), 'Nothing has been published in this category yet.')
  })

  test('an unknown category is a 404', async ({ client, assert }) => {
    assert.equal(await statusAt(client, '/category/no-such-category'), 404)
  })

  test('a tag page lists the live items carrying the tag', async ({ client, assert }) => {
    await writeContent({
      title: 'Knots',
      tagNames: ['Rope'],
      publishAt: DateTime.now().minus({ days: 2 }),
    })
    await writeContent({ title: 'Splices', tagNames: ['Rope', 'Craft'] })
    await writeContent({ title: 'Nets', tagNames: ['Craft'] })
    await writeContent({
      title: 'Later rope',
      tagNames: ['Rope'],
      publishAt: DateTime.now().plus({ days: 2 }),
    })

    const page = await client.get('/tag/rope').header('accept-language', 'fr')
    page.assertStatus(200)
    assert.deepEqual(cardTitles(page.text()), ['Splices', 'Knots'])
    assert.include(page.text(), 'Étiquette')
  })

  test('an unknown tag is a 404 and a bad page a 400', async ({ client, assert }) => {
    await writeContent({ title: 'Knots', tagNames: ['Rope'] })

    assert.equal(await statusAt(client, '/tag/no-such-tag'), 404)
    assert.equal(await statusAt(client, '/tag/rope?page=-3'), 400)
    assert.equal(await statusAt(client, '/tag/rope?page=2'), 404)
  })
})
