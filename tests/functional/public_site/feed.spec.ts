import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { xml2js, type Element } from 'xml-js'
import { publicSiteGroup, writeContent, writeLiveContents } from './fixtures.js'

/** The child elements named `name`. */
const children = (element: Element, name: string) =>
  (element.elements ?? []).filter((child) => child.name === name)

/** The text of an element, CDATA included. */
const textOf = (element: Element) =>
  (element.elements ?? []).map((child) => child.text ?? child.cdata ?? '').join('')

test.group('Atom feed', (group) => {
  publicSiteGroup(group)

  test('lists the 20 newest live items as Atom with absolute links', async ({ client, assert }) => {
    await writeLiveContents(22)
    await writeContent({ title: 'Draft', publishAt: DateTime.now() }, 'draft')

    const response = await client.get('/feed.xml')
    response.assertStatus(200)
    assert.match(response.header('content-type') ?? '', /^application\/atom\+xml/)

    const feed = (xml2js(response.text()) as Element).elements![0]
    assert.equal(feed.name, 'feed')
    assert.equal(textOf(children(feed, 'title')[0]), 'Test site')
    const entries = children(feed, 'entry')
    assert.lengthOf(entries, 20)
    assert.equal(textOf(children(entries[0], 'title')[0]), 'Item 1')
    assert.equal(textOf(children(entries[19], 'title')[0]), 'Item 20')
    assert.equal(
      children(entries[0], 'link')[0].attributes!.href,
      'https://news.example.org/c/item-1'
    )
    assert.equal(textOf(children(entries[0], 'id')[0]), 'https://news.example.org/c/item-1')
    const self = children(feed, 'link').find((link) => link.attributes!.rel === 'self')
    assert.equal(self!.attributes!.href, 'https://news.example.org/feed.xml')
  })

  test('escapes titles so markup in them reads as text', async ({ client, assert }) => {
    await writeContent({
      title: 'Tom & Jerry <script>alert(1)</script> ]]> end',
      excerpt: 'Cats & <mice>',
    })

    const response = await client.get('/feed.xml')
    assert.notInclude(response.text(), '<script>')
    const entry = children((xml2js(response.text()) as Element).elements![0], 'entry')[0]
    const title = children(entry, 'title')[0]
    // type="html": the reader decodes the entities and shows the characters as text.
    assert.equal(title.attributes!.type, 'html')
    assert.equal(textOf(title), 'Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; end')
    assert.equal(textOf(children(entry, 'summary')[0]), 'Cats &amp; &lt;mice&gt;')
  })

  test('is a valid empty feed when nothing is published', async ({ client, assert }) => {
    const response = await client.get('/feed.xml')
    response.assertStatus(200)
    const feed = (xml2js(response.text()) as Element).elements![0]
    assert.lengthOf(children(feed, 'entry'), 0)
    assert.equal(textOf(children(feed, 'updated')[0]), '1970-01-01T00:00:00.000Z')
  })
})
