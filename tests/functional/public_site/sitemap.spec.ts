import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { xml2js, type Element } from 'xml-js'
import { createCategory, publicSiteGroup, writeContent } from './fixtures.js'

/** Every `<loc>` of the sitemap, with its `<lastmod>` when there is one. */
function urlsOf(xml: string): { loc: string; lastmod?: string }[] {
  const urlset = (xml2js(xml) as Element).elements![0]
  return urlset.elements!.map((url) => {
    const field = (name: string) =>
      url.elements!.find((child) => child.name === name)?.elements?.[0].text as string | undefined
    return { loc: field('loc')!, lastmod: field('lastmod') }
  })
}

test.group('Sitemap', (group) => {
  publicSiteGroup(group)

  test('lists home, listing, live items, and the terms that lead to them', async ({
    client,
    assert,
  }) => {
    const boats = await createCategory('Boats', 'boats')
    await createCategory('Empty', 'empty')
    await writeContent({ title: 'Sloop', categoryIds: [boats.id], tagNames: ['Sails'] })
    await writeContent({ title: 'Draft', tagNames: ['Hidden'] }, 'draft')
    await writeContent({ title: 'Gone' }, 'archived')
    await writeContent({ title: 'Soon', publishAt: DateTime.now().plus({ days: 1 }) })

    const response = await client.get('/sitemap.xml')
    response.assertStatus(200)
    assert.match(response.header('content-type') ?? '', /^application\/xml/)
    const urls = urlsOf(response.text())
    assert.deepEqual(
      urls.map((url) => url.loc),
      [
        'https://news.example.org/',
        'https://news.example.org/c',
        'https://news.example.org/c/sloop',
        'https://news.example.org/category/boats',
        'https://news.example.org/tag/sails',
      ]
    )
    const sloop = urls.find((url) => url.loc.endsWith('/c/sloop'))!
    assert.isTrue(DateTime.fromISO(sloop.lastmod!).isValid)
  })

  test('escapes what it prints', async ({ client, assert }) => {
    const odd = await createCategory('Odd', 'odd')
    // Slugs are made safe by the editor; a hand-made one must still not break the XML.
    await odd.merge({ slug: 'a&b<c' }).save()
    await writeContent({ title: 'Sloop', categoryIds: [odd.id] })

    const response = await client.get('/sitemap.xml')
    assert.include(response.text(), '<loc>https://news.example.org/category/a%26b%3Cc</loc>')
    assert.lengthOf(urlsOf(response.text()), 4)
  })
})
