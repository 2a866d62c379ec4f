import { test } from '@japa/runner'
import { listedNames, seedUpload, setUpMedia } from './helpers.js'

test.group('Media / gallery', (group) => {
  const state = setUpMedia(group)

  test('admins, editors and authors reach the gallery', async ({ client }) => {
    for (const role of ['admin', 'editor', 'author'] as const) {
      const response = await client.get('/admin/media').loginAs(state.cast[role])
      response.assertStatus(200)
      response.assertTextIncludes('<h1 id="media-title">Media</h1>')
      response.assertTextIncludes('action="/uploads"')
    }
  })

  test('members are refused and visitors are sent to sign in', async ({ client, assert }) => {
    const member = await client.get('/admin/media').loginAs(state.cast.member)
    member.assertStatus(403)
    assert.notInclude(member.text(), 'data-media-gallery')

    const guest = await client.get('/admin/media').redirects(0)
    guest.assertStatus(302)
    guest.assertHeader('location', '/login')
  })

  test('shows each file as a card: picture or icon, name, size, owner and visibility', async ({
    client,
    assert,
  }) => {
    const { author } = state.cast
    const image = await seedUpload(author, { originalName: 'sunset.png' })
    await seedUpload(author, {
      kind: 'document',
      originalName: 'minutes.pdf',
      visibility: 'private',
      sizeBytes: 2_500_000,
    })

    const response = await client.get('/admin/media').loginAs(author)

    assert.deepEqual(listedNames(response.text()), ['minutes.pdf', 'sunset.png'])
    response.assertTextIncludes(`<img src="/uploads/${image.id}/thumb"`)
    response.assertTextIncludes('aria-label="Document PDF"')
    response.assertTextIncludes('2.5 MB')
    response.assertTextIncludes('12.3 kB')
    response.assertTextIncludes('media-badge--private')
    response.assertTextIncludes('>arthur</span>')
    response.assertTextIncludes('1–2 of 2')
  })

  test('an author sees their own files and public ones, never others’ private files', async ({
    client,
    assert,
  }) => {
    const { author, otherAuthor, editor } = state.cast
    await seedUpload(author, { originalName: 'mine-private.png', visibility: 'private' })
    await seedUpload(otherAuthor, { originalName: 'theirs-public.png' })
    await seedUpload(otherAuthor, {
      originalName: 'theirs-private.pdf',
      kind: 'document',
      visibility: 'private',
    })

    const asAuthor = await client.get('/admin/media').loginAs(author)
    assert.deepEqual(listedNames(asAuthor.text()), ['theirs-public.png', 'mine-private.png'])
    assert.notInclude(asAuthor.text(), 'theirs-private.pdf')

    const asEditor = await client.get('/admin/media').loginAs(editor)
    assert.deepEqual(listedNames(asEditor.text()), [
      'theirs-private.pdf',
      'theirs-public.png',
      'mine-private.png',
    ])
  })

  test('offers edit and delete only on files the viewer may change', async ({ client, assert }) => {
    const { author, otherAuthor } = state.cast
    const mine = await seedUpload(author, { originalName: 'mine.png' })
    const theirs = await seedUpload(otherAuthor, { originalName: 'theirs.png' })

    const response = await client.get('/admin/media').loginAs(author)

    assert.include(response.text(), `href="/admin/media/${mine.id}/delete"`)
    assert.notInclude(response.text(), `href="/admin/media/${theirs.id}/delete"`)
  })

  test('searches original names and alt texts without regard to case', async ({
    client,
    assert,
  }) => {
    const { admin } = state.cast
    await seedUpload(admin, { originalName: 'Harbour-at-dawn.png' })
    await seedUpload(admin, { originalName: 'IMG_0042.png', altText: 'Boats in the HARBOUR' })
    await seedUpload(admin, { originalName: 'budget.pdf', kind: 'document' })

    const byName = await client.get('/admin/media?search=harbour').loginAs(admin)
    byName.assertStatus(200)
    assert.deepEqual(listedNames(byName.text()), ['IMG_0042.png', 'Harbour-at-dawn.png'])

    const none = await client.get('/admin/media?search=nothing-like-this').loginAs(admin)
    assert.deepEqual(listedNames(none.text()), [])
    none.assertTextIncludes('No file matches these filters.')
  })

  test('filters by kind and by owner, and keeps the filters in the form', async ({
    client,
    assert,
  }) => {
    const { admin, author, otherAuthor } = state.cast
    await seedUpload(author, { originalName: 'a.png' })
    await seedUpload(author, { originalName: 'a.pdf', kind: 'document' })
    await seedUpload(otherAuthor, { originalName: 'b.png' })

    const documents = await client.get('/admin/media?kind=document').loginAs(admin)
    assert.deepEqual(listedNames(documents.text()), ['a.pdf'])
    documents.assertTextIncludes('<option value="document" selected>')

    const byOwner = await client.get(`/admin/media?owner=${otherAuthor.id}`).loginAs(admin)
    assert.deepEqual(listedNames(byOwner.text()), ['b.png'])
    byOwner.assertTextIncludes(`<option value="${otherAuthor.id}" selected>`)

    const both = await client.get(`/admin/media?kind=image&owner=${author.id}`).loginAs(admin)
    assert.deepEqual(listedNames(both.text()), ['a.png'])
  })

  test('offers the owner filter to admins and editors only', async ({ client, assert }) => {
    const { author, otherAuthor, editor } = state.cast
    await seedUpload(otherAuthor, { originalName: 'b.png' })

    const asEditor = await client.get('/admin/media').loginAs(editor)
    assert.include(asEditor.text(), 'name="owner"')
    assert.include(asEditor.text(), `<option value="${otherAuthor.id}">agnes</option>`)

    const asAuthor = await client.get('/admin/media').loginAs(author)
    assert.notInclude(asAuthor.text(), 'name="owner"')
  })

  test('pages through the files, 24 a page, with links that keep the filters', async ({
    client,
    assert,
  }) => {
    const { admin } = state.cast
    for (let index = 1; index <= 26; index++) {
      await seedUpload(admin, { originalName: `shot-${String(index).padStart(2, '0')}.png` })
    }

    const first = await client.get('/admin/media?kind=image').loginAs(admin)
    assert.lengthOf(listedNames(first.text()), 24)
    assert.equal(listedNames(first.text())[0], 'shot-26.png')
    first.assertTextIncludes('1–24 of 26')
    first.assertTextIncludes('href="/admin/media?kind=image&amp;page=2" rel="next"')

    const second = await client.get('/admin/media?kind=image&page=2').loginAs(admin)
    assert.deepEqual(listedNames(second.text()), ['shot-02.png', 'shot-01.png'])
    second.assertTextIncludes('25–26 of 26')

    const beyond = await client.get('/admin/media?page=9').loginAs(admin)
    beyond.assertStatus(200)
    assert.deepEqual(listedNames(beyond.text()), [])
  })

  test('answers 400 naming each value it cannot use, and still lists the rest', async ({
    client,
    assert,
  }) => {
    const { admin } = state.cast
    await seedUpload(admin, { originalName: 'kept.png' })
    const cases: [string, string][] = [
      ['kind=video', '“video” is not a valid value for kind: it was ignored.'],
      ['owner=abc', '“abc” is not a valid value for owner: it was ignored.'],
      ['owner=-3', '“-3” is not a valid value for owner: it was ignored.'],
      ['page=0', '“0” is not a valid value for page: it was ignored.'],
      ['page=2.5', '“2.5” is not a valid value for page: it was ignored.'],
      [`search=${'x'.repeat(101)}`, 'is not a valid value for search'],
    ]
    for (const [query, message] of cases) {
      const response = await client.get(`/admin/media?${query}`).loginAs(admin)
      response.assertStatus(400)
      assert.include(response.text(), message, query)
      assert.include(response.text(), 'role="alert"', query)
      if (!query.startsWith('search'))
        assert.deepEqual(listedNames(response.text()), ['kept.png'], query)
    }
  })

  test('escapes file names in the page', async ({ client, assert }) => {
    const { admin } = state.cast
    await seedUpload(admin, { originalName: '<img src=x onerror=alert(1)>.png' })

    const response = await client.get('/admin/media').loginAs(admin)

    assert.notInclude(response.text(), '<img src=x onerror=alert(1)>')
    assert.include(response.text(), '&lt;img src=x onerror=alert(1)&gt;.png')
  })
})
