import { test } from '@japa/runner'
import ContentRevision from '#models/content_revision'
import { isolateInstallState } from '#tests/helpers/install'
import { castOfWriters, contentBy, saveAgain, snapshot, type Cast } from './helpers.js'

test.group('Content editor / revisions', (group) => {
  isolateInstallState(group)
  let cast: Cast
  group.each.setup(async () => {
    cast = await castOfWriters()
  })

  async function itemWithTwoSaves() {
    const content = await contentBy(cast.author, 'draft', {
      title: 'Morning walk',
      excerpt: 'A short one.',
      body: '<p>The heron stood still.</p><p>Rain came later.</p>',
    })
    await saveAgain(content, cast.editor, {
      title: 'Evening walk',
      excerpt: 'A short one.',
      body: '<p>The egret stood still.</p><p>Rain came later.</p><p>Then night.</p>',
    })
    const [first, second] = await ContentRevision.query()
      .where('content_id', content.id)
      .orderBy('id')
    return { content, first, second }
  }

  test('the revision page shows what changed since, with ins and del', async ({
    client,
    assert,
  }) => {
    const { content, first } = await itemWithTwoSaves()
    const response = await client
      .get(`/admin/contents/${content.id}/revisions/${first.id}`)
      .loginAs(cast.author)
    response.assertStatus(200)
    const html = response.text()
    const hidden = (text: string) => `<span class="visually-hidden">${text}</span>`
    assert.include(html, `<del>${hidden('Removed: ')}heron${hidden(' (end)')}</del>`)
    assert.include(html, `<ins>${hidden('Added: ')}egret${hidden(' (end)')}</ins>`)
    assert.include(html, `<del>${hidden('Removed: ')}Morning${hidden(' (end)')}</del>`)
    assert.include(html, `<ins>${hidden('Added: ')}Evening${hidden(' (end)')}</ins>`)
    assert.include(html, 'Then night.')
    // The excerpt did not change, so it has no diff of its own.
    assert.notInclude(html, 'data-diff="excerpt"')
    // The revision's own text, rendered as stored.
    assert.include(html, '<p>The heron stood still.</p>')
    assert.include(html, 'Saved by arthur')
    assert.include(html, 'name="confirmed" value="1"')
  })

  test('the newest revision of an unchanged item has nothing to restore', async ({
    client,
    assert,
  }) => {
    const { content, second } = await itemWithTwoSaves()
    const response = await client
      .get(`/admin/contents/${content.id}/revisions/${second.id}`)
      .loginAs(cast.editor)
    response.assertStatus(200)
    assert.include(response.text(), 'The current text is the same as this revision')
    assert.notInclude(response.text(), '/restore')
  })

  test('diffed text is escaped, never run', async ({ client, assert }) => {
    const content = await contentBy(cast.author, 'draft', {
      title: 'Plain',
      body: '<p>Use &lt;script&gt; tags carefully</p>',
    })
    await saveAgain(content, cast.author, { title: '<b>Bold</b> title' })
    const first = await ContentRevision.query()
      .where('content_id', content.id)
      .orderBy('id')
      .firstOrFail()
    const response = await client
      .get(`/admin/contents/${content.id}/revisions/${first.id}`)
      .loginAs(cast.author)
    assert.include(response.text(), '&lt;b&gt;Bold&lt;/b&gt;')
    assert.notInclude(response.text(), '<b>Bold</b>')
    assert.notInclude(response.text(), '<script>')
  })

  test('restoring the first revision brings its text back as a new revision', async ({
    client,
    assert,
  }) => {
    const { content, first } = await itemWithTwoSaves()
    const response = await client
      .post(`/admin/contents/${content.id}/revisions/${first.id}/restore`)
      .loginAs(cast.author)
      .withCsrfToken()
      .form({ confirmed: '1' })
      .redirects(0)

    response.assertHeader('location', `/admin/contents/${content.id}/edit`)
    assert.match(String(response.flashMessage('success')), /^The revision of .+ was restored\.$/)
    await content.refresh()
    assert.equal(content.title, 'Morning walk')
    assert.equal(content.body, '<p>The heron stood still.</p><p>Rain came later.</p>')
    const revisions = await ContentRevision.query().where('content_id', content.id).orderBy('id')
    assert.lengthOf(revisions, 3)
    assert.equal(revisions[2].title, 'Morning walk')
    assert.equal(revisions[2].authorId, cast.author.id)
  })

  test('a restore without confirmation asks on the revision page first', async ({
    client,
    assert,
  }) => {
    const { content, first } = await itemWithTwoSaves()
    const before = await snapshot(content)
    const response = await client
      .post(`/admin/contents/${content.id}/revisions/${first.id}/restore`)
      .loginAs(cast.author)
      .withCsrfToken()
      .redirects(0)

    response.assertHeader('location', `/admin/contents/${content.id}/revisions/${first.id}`)
    assert.deepEqual(await snapshot(content), before)
  })

  test('a restore without the CSRF token is refused', async ({ client, assert }) => {
    const { content, first } = await itemWithTwoSaves()
    const before = await snapshot(content)
    const response = await client
      .post(`/admin/contents/${content.id}/revisions/${first.id}/restore`)
      .loginAs(cast.author)
      .form({ confirmed: '1' })
      .redirects(0)
    assert.notEqual(response.status(), 200)
    assert.deepEqual(await snapshot(content), before)
  })

  test('an author may read a revision of their item in review but not restore it', async ({
    client,
    assert,
  }) => {
    const content = await contentBy(cast.author, 'review')
    await saveAgain(content, cast.editor, { title: 'Edited by the editor' })
    const first = await ContentRevision.query()
      .where('content_id', content.id)
      .orderBy('id')
      .firstOrFail()
    const response = await client
      .get(`/admin/contents/${content.id}/revisions/${first.id}`)
      .loginAs(cast.author)
    response.assertStatus(200)
    const html = response.text()
    assert.include(html, 'Only someone who may edit this item can restore its revisions.')
    assert.notInclude(html, '/restore')
    assert.notInclude(html, `/admin/contents/${content.id}/edit`)
  })
})
