import { test } from '@japa/runner'
import Content from '#models/content'
import ContentRevision from '#models/content_revision'
import { assertFieldError, fieldErrors } from '#tests/helpers/form_errors'
import { isolateInstallState } from '#tests/helpers/install'
import {
  castOfWriters,
  categoryNamed,
  contentBy,
  editorForm,
  snapshot,
  type Cast,
} from './helpers.js'

async function counts() {
  const [items] = await Content.query().count('* as n')
  const [revisions] = await ContentRevision.query().count('* as n')
  return { items: Number(items.$extras.n), revisions: Number(revisions.$extras.n) }
}

test.group('Content editor / writing', (group) => {
  isolateInstallState(group)
  let cast: Cast
  group.each.setup(async () => {
    cast = await castOfWriters()
  })

  test('the new-item form has every field, the categories and the toolbar labels', async ({
    client,
    assert,
  }) => {
    await categoryNamed('Travel')
    const response = await client.get('/admin/contents/new').loginAs(cast.author)
    response.assertStatus(200)
    const html = response.text()
    for (const name of ['title', 'slug', 'excerpt', 'body', 'tags', 'seoTitle', 'seoDescription']) {
      assert.include(html, `name="${name}"`)
    }
    assert.include(html, 'type="datetime-local"')
    assert.include(html, 'name="categoryIds[]"')
    assert.include(html, 'Travel')
    assert.include(html, 'name="coverUploadId"')
    assert.include(html, 'A future date schedules it')
    assert.include(html, '<a href="/admin/contents">Contents</a>')
    // The editor's labels travel as JSON data, never as an inline script.
    assert.match(
      html,
      /<script type="application\/json" id="content-editor-labels">\{.*"bold":"Bold"/
    )
    assert.notMatch(html, /<script(?![^>]*(type="application\/json"|src=))[^>]*>/)
    assert.notInclude(html, 'style="')
  })

  test('creating an item saves a draft by the author and opens its editor', async ({
    client,
    assert,
  }) => {
    const travel = await categoryNamed('Travel')
    const response = await client
      .post('/admin/contents/new')
      .loginAs(cast.author)
      .withCsrfToken()
      .form(
        editorForm({
          'categoryIds[]': [String(travel.id)],
          'publishAt': '2031-05-01T08:30',
          'seoTitle': 'Notes',
        })
      )
      .redirects(0)

    const content = await Content.findByOrFail('title', 'Field notes')
    response.assertStatus(302)
    response.assertHeader('location', `/admin/contents/${content.id}/edit`)
    assert.equal(response.flashMessage('success'), '“Field notes” was created.')
    assert.equal(content.status, 'draft')
    assert.equal(content.authorId, cast.author.id)
    assert.equal(content.slug, 'field-notes')
    assert.equal(content.seoTitle, 'Notes')
    assert.equal(content.publishAt!.toUTC().toISO(), '2031-05-01T08:30:00.000Z')
    await content.load((loader) => loader.load('categories').load('tags'))
    assert.deepEqual(
      content.categories.map((category) => category.name),
      ['Travel']
    )
    assert.sameMembers(
      content.tags.map((tag) => tag.name),
      ['nature', 'birds']
    )

    const page = await client.get(`/admin/contents/${content.id}/edit`).loginAs(cast.author)
    page.assertStatus(200)
    assert.include(page.text(), 'value="2031-05-01T08:30"')
    assert.include(page.text(), 'value="nature, birds"')
    assert.match(page.text(), /value="\d+"\s+checked/)
  })

  const BAD_INPUT = [
    {
      what: 'an empty title',
      form: { title: '' },
      field: 'title',
      message: 'The title is required',
    },
    {
      what: 'a title that is too long',
      form: { title: 'x'.repeat(201) },
      field: 'title',
      message: 'The title must not be longer than 200 characters',
    },
    {
      what: 'a slug another item uses',
      form: { slug: 'taken-address' },
      field: 'slug',
      message: 'Another item already uses this address',
    },
    {
      what: 'a category that does not exist',
      form: { 'categoryIds[]': ['999999'] },
      field: 'categoryIds.0',
      message: 'One of the chosen categories does not exist',
    },
    {
      what: 'a publish date that is not a date',
      form: { publishAt: 'next tuesday' },
      field: 'publishAt',
      message: 'The publication date must be a date and time, for example 2026-01-31T09:30',
    },
    {
      what: 'an impossible publish date',
      form: { publishAt: '2030-02-30T10:00' },
      field: 'publishAt',
      message: 'The publication date must be a date and time, for example 2026-01-31T09:30',
    },
  ]

  for (const item of BAD_INPUT) {
    test(`a new item with ${item.what} is refused beside the field, input kept`, async ({
      client,
      assert,
    }) => {
      await contentBy(cast.editor, 'draft', { title: 'Taken', slug: 'taken-address' })
      await categoryNamed('Travel')
      const before = await counts()
      const response = await client
        .post('/admin/contents/new')
        .loginAs(cast.author)
        .withCsrfToken()
        .form(editorForm(item.form))
        .redirects(0)

      response.assertHeader('location', '/admin/contents/new')
      assertFieldError(response, item.field, item.message)
      assert.lengthOf(Object.keys(fieldErrors(response)), 1)
      assert.deepEqual(await counts(), before)

      // The form comes back with the message beside the field and what was typed.
      const page = await client
        .get('/admin/contents/new')
        .loginAs(cast.author)
        .withFlashMessages(response.flashMessages())
      const html = page.text()
      assert.include(html, `<p class="field__error">${item.message}</p>`)
      assert.include(html, 'What we saw.')
      assert.include(html, 'aria-invalid="true"')
    })

    test(`an edit with ${item.what} changes nothing`, async ({ client, assert }) => {
      await contentBy(cast.editor, 'draft', { title: 'Taken', slug: 'taken-address' })
      const content = await contentBy(cast.author)
      const before = await snapshot(content)
      const response = await client
        .post(`/admin/contents/${content.id}/edit`)
        .loginAs(cast.author)
        .withCsrfToken()
        .form(editorForm(item.form))
        .redirects(0)

      response.assertHeader('location', `/admin/contents/${content.id}/edit`)
      assertFieldError(response, item.field, item.message)
      assert.deepEqual(await snapshot(content), before)
    })
  }

  test('a form with every optional field left blank saves a plain draft', async ({
    client,
    assert,
  }) => {
    // What a browser posts for a fresh form: empty strings, made null by the body parser.
    const response = await client
      .post('/admin/contents/new')
      .loginAs(cast.author)
      .withCsrfToken()
      .form(editorForm({ excerpt: '', tags: '', publishAt: '', coverUploadId: '' }))
      .redirects(0)

    response.assertStatus(302)
    const content = await Content.findByOrFail('title', 'Field notes')
    await content.load('tags')
    assert.isNull(content.publishAt)
    assert.isNull(content.excerpt)
    assert.isNull(content.coverUploadId)
    assert.lengthOf(content.tags, 0)
  })

  test('an item keeps its own slug when saved again', async ({ client, assert }) => {
    const content = await contentBy(cast.author, 'draft', { title: 'Mine', slug: 'mine' })
    const response = await client
      .post(`/admin/contents/${content.id}/edit`)
      .loginAs(cast.author)
      .withCsrfToken()
      .form(editorForm({ title: 'Mine, revised', slug: 'mine' }))
      .redirects(0)
    response.assertHeader('location', `/admin/contents/${content.id}/edit`)
    assert.equal(response.flashMessage('success'), 'Your changes to “Mine, revised” were saved.')
    await content.refresh()
    assert.equal(content.slug, 'mine')
    assert.equal(content.title, 'Mine, revised')
  })

  test('a body with scripts and handlers is stored sanitised', async ({ client, assert }) => {
    const content = await contentBy(cast.author)
    const hostile = [
      '<p onclick="steal()">Hello <script>alert(1)</script><strong>world</strong></p>',
      '<img src="x" onerror="alert(2)">',
      '<a href="javascript:alert(3)">click</a>',
      '<iframe src="https://evil.example"></iframe>',
      '<p style="color:red">styled</p>',
    ].join('')
    await client
      .post(`/admin/contents/${content.id}/edit`)
      .loginAs(cast.author)
      .withCsrfToken()
      .form(editorForm({ body: hostile }))
      .redirects(0)

    await content.refresh()
    assert.include(content.body, '<strong>world</strong>')
    for (const bad of ['<script', 'onclick', 'onerror', 'javascript:', '<iframe', 'style=']) {
      assert.notInclude(content.body, bad)
    }

    // The editor page shows the stored body escaped inside its textarea.
    const page = await client.get(`/admin/contents/${content.id}/edit`).loginAs(cast.author)
    assert.include(page.text(), '&lt;strong&gt;world&lt;/strong&gt;')
    assert.notInclude(page.text(), 'alert(1)')
  })

  test('two saves are listed as revisions, newest first, with who and status', async ({
    client,
    assert,
  }) => {
    const content = await contentBy(cast.author, 'draft', { title: 'First title' })
    for (const title of ['Second title', 'Third title']) {
      await client
        .post(`/admin/contents/${content.id}/edit`)
        .loginAs(cast.author)
        .withCsrfToken()
        .form(editorForm({ title }))
        .redirects(0)
    }
    const revisions = await ContentRevision.query().where('content_id', content.id).orderBy('id')
    assert.deepEqual(
      revisions.map((revision) => revision.title),
      ['First title', 'Second title', 'Third title']
    )

    const page = await client.get(`/admin/contents/${content.id}/edit`).loginAs(cast.author)
    const html = page.text()
    const listed = [...html.matchAll(/data-revision="(\d+)"/g)].map((match) => Number(match[1]))
    assert.deepEqual(listed, revisions.map((revision) => revision.id).reverse())
    assert.include(html, 'by arthur')
    assert.include(html, 'status then: Draft')
    assert.include(html, `/admin/contents/${content.id}/revisions/${revisions[0].id}`)
    assert.include(html, `/admin/contents/${content.id}/revisions/${revisions[0].id}/restore`)
    assert.include(html, 'Same text as now')
    assert.include(html, 'data-confirm="Restore the revision of')
  })

  test('the editor speaks French to a French-speaking writer', async ({ client, assert }) => {
    cast.author.locale = 'fr'
    await cast.author.save()
    const content = await contentBy(cast.author)
    const page = await client.get(`/admin/contents/${content.id}/edit`).loginAs(cast.author)
    const html = page.text()
    assert.include(html, 'Enregistrer le brouillon')
    assert.include(html, 'Soumettre à la relecture')
    assert.include(html, '"bold":"Gras"')
    assert.include(html, 'Révisions')
    assert.notInclude(html, 'translation missing')
  })

  test('the categories ticked before a refused save stay as they were ticked', async ({
    client,
    assert,
  }) => {
    const travel = await categoryNamed('Travel')
    const news = await categoryNamed('News')
    const content = await contentBy(cast.author, 'draft', { categoryIds: [travel.id] })
    const response = await client
      .post(`/admin/contents/${content.id}/edit`)
      .loginAs(cast.author)
      .withCsrfToken()
      .form(editorForm({ 'title': '', 'categoryIds[]': [String(news.id)] }))
      .redirects(0)
    const page = await client
      .get(`/admin/contents/${content.id}/edit`)
      .loginAs(cast.author)
      .withFlashMessages(response.flashMessages())
    const ticked = [...page.text().matchAll(/value="(\d+)"\s+checked/g)].map((match) => match[1])
    assert.deepEqual(ticked, [String(news.id)])
  })
})
