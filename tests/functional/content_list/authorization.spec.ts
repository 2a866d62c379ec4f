import { test } from '@japa/runner'
import Content from '#models/content'
import User from '#models/user'
import { installSite, isolateInstallState } from '#tests/helpers/install'
import { seedUsers } from '#tests/helpers/users'
import { listedTitles, seedContents } from './seed.js'

type Route = [method: 'get' | 'post', url: string, form?: Record<string, unknown>]

/** Every page and form the content list serves for one item. */
function routes(id: number): Route[] {
  const actions = ['submit', 'withdraw', 'publish', 'unpublish', 'archive', 'restore-to-draft']
  return [
    ['get', '/admin/contents'],
    ['get', `/admin/contents/${id}`],
    ['get', `/admin/contents/${id}/delete`],
    ['post', `/admin/contents/${id}/delete`],
    ...['publish', 'archive', 'delete'].map((action): Route => [
      'post',
      '/admin/contents/bulk',
      { action, ids: [String(id)], confirmed: '1' },
    ]),
    ...actions.flatMap((action): Route[] => [
      ['get', `/admin/contents/${id}/actions/${action}`],
      ['post', `/admin/contents/${id}/actions/${action}`],
    ]),
  ]
}

function send(client: any, [method, url, form]: Route, user?: User) {
  let request = client[method](url).redirects(0)
  if (user) request = request.loginAs(user)
  return method === 'post' ? request.withCsrfToken().form(form ?? {}) : request
}

test.group('Content list / who may do what', (group) => {
  isolateInstallState(group)
  let admin: User
  let author: User
  let otherAuthor: User
  let editor: User
  let member: User
  let ownDraft: Content
  let ownReview: Content
  let ownPublished: Content
  let othersDraft: Content
  let othersPublished: Content
  let archived: Content

  group.each.setup(async () => {
    await installSite()
    admin = await User.findByOrFail('username', 'admin')
    ;[author, otherAuthor, editor, member] = await seedUsers([
      { username: 'ann', role: 'author' },
      { username: 'otto', role: 'author' },
      { username: 'eve', role: 'editor' },
      { username: 'mia', role: 'member' },
    ])
    ;[ownDraft, ownReview, ownPublished, othersDraft, othersPublished, archived] =
      await seedContents([
        { title: 'Ann draft', author, status: 'draft' },
        { title: 'Ann review', author, status: 'review' },
        { title: 'Ann published', author, status: 'published' },
        { title: 'Otto draft', author: otherAuthor, status: 'draft' },
        { title: 'Otto published', author: otherAuthor, status: 'published' },
        { title: 'Otto archived', author: otherAuthor, status: 'archived' },
      ])
  })

  const statusOf = async (item: Content) => {
    const row = await Content.findOrFail(item.id)
    return row.status
  }

  const statuses = async () => {
    const rows = await Content.query().orderBy('id')
    return Object.fromEntries(rows.map((row) => [row.title, row.status]))
  }

  test('a visitor is sent to sign in from every route', async ({ client, assert }) => {
    for (const route of routes(ownDraft.id)) {
      const response = await send(client, route)
      assert.equal(response.status(), 302, route.join(' '))
      assert.equal(response.header('location'), '/login', route.join(' '))
    }
  })

  test('a member is refused on every route and changes nothing', async ({ client, assert }) => {
    const before = await statuses()
    for (const route of routes(ownDraft.id)) {
      const response = await send(client, route, member)
      assert.equal(response.status(), 403, route.join(' '))
    }
    assert.deepEqual(await statuses(), before)
  })

  test('an author lists only their own items', async ({ client, assert }) => {
    const response = await client.get('/admin/contents').loginAs(author)
    response.assertStatus(200)
    assert.sameMembers(listedTitles(response.text()), ['Ann draft', 'Ann review', 'Ann published'])
    // Nobody else is offered as an author, and asking anyway is a bad value.
    assert.include(response.text(), `<option value="${author.id}">`)
    assert.notInclude(response.text(), `<option value="${otherAuthor.id}">`)
    const filtered = await client.get(`/admin/contents?author=${otherAuthor.id}`).loginAs(author)
    filtered.assertStatus(400)
    assert.sameMembers(listedTitles(filtered.text()), ['Ann draft', 'Ann review', 'Ann published'])
  })

  test('another author’s item does not exist for an author', async ({ client, assert }) => {
    const before = await statuses()
    for (const item of [othersDraft, othersPublished]) {
      for (const route of routes(item.id).filter(([, url]) => url !== '/admin/contents')) {
        const response = await send(client, route, author)
        if (route[1] === '/admin/contents/bulk') {
          // The selection holds no row this author may reach.
          assert.equal(response.status(), 302, route.join(' '))
          assert.equal(response.flashMessage('error'), 'Select at least one row first.')
        } else {
          assert.equal(response.status(), 404, route.join(' '))
        }
      }
    }
    assert.deepEqual(await statuses(), before)
  })

  test('an author submits and deletes their own draft, but never publishes', async ({
    client,
    assert,
  }) => {
    const list = await client.get('/admin/contents').loginAs(author)
    const html = list.text()
    assert.include(html, `href="/admin/contents/${ownDraft.id}/edit"`)
    assert.include(html, `href="/admin/contents/${ownDraft.id}/actions/submit"`)
    assert.include(html, `href="/admin/contents/${ownReview.id}/actions/withdraw"`)
    assert.notInclude(html, '/actions/publish"')
    assert.notInclude(html, '/actions/archive"')
    // Only the bulk actions they may run on some listed row are offered.
    assert.include(html, '<option value="delete">')
    assert.notInclude(html, '<option value="publish">')
    assert.notInclude(html, '<option value="archive">')
    // A published item is no longer theirs to edit.
    assert.notInclude(html, `href="/admin/contents/${ownPublished.id}/edit"`)

    for (const action of ['publish', 'archive', 'unpublish']) {
      const item = action === 'publish' ? ownDraft : ownPublished
      const refused = await send(
        client,
        ['post', `/admin/contents/${item.id}/actions/${action}`],
        author
      )
      assert.equal(refused.status(), 403, action)
    }
    const deletePublished = await send(
      client,
      ['post', `/admin/contents/${ownPublished.id}/delete`],
      author
    )
    assert.equal(deletePublished.status(), 403)

    const submitted = await send(
      client,
      ['post', `/admin/contents/${ownDraft.id}/actions/submit`],
      author
    )
    submitted.assertStatus(302)
    submitted.assertFlashMessage('success', '“Ann draft” was submitted for review.')
    const withdrawn = await send(
      client,
      ['post', `/admin/contents/${ownReview.id}/actions/withdraw`],
      author
    )
    withdrawn.assertStatus(302)
    assert.deepEqual(await statuses(), {
      'Ann draft': 'review',
      'Ann review': 'draft',
      'Ann published': 'published',
      'Otto draft': 'draft',
      'Otto published': 'published',
      'Otto archived': 'archived',
    })

    const deleted = await send(client, ['post', `/admin/contents/${ownReview.id}/delete`], author)
    deleted.assertStatus(302)
    assert.isNull(await Content.find(ownReview.id))
  })

  test('an author’s bulk actions apply to the rows they may change and name the others', async ({
    client,
    assert,
  }) => {
    const ids = [ownDraft.id, ownPublished.id, othersDraft.id].map(String)
    const published = await send(
      client,
      ['post', '/admin/contents/bulk', { action: 'publish', ids, confirmed: '1' }],
      author
    )
    published.assertFlashMessage('success', 'No item was published.')
    published.assertFlashMessage(
      'error',
      '2 rows were skipped (not allowed): Ann draft, Ann published.'
    )

    const deleted = await send(
      client,
      ['post', '/admin/contents/bulk', { action: 'delete', ids, confirmed: '1' }],
      author
    )
    deleted.assertFlashMessage('success', '1 item was deleted.')
    deleted.assertFlashMessage('error', '1 row was skipped (not allowed): Ann published.')
    assert.isNull(await Content.find(ownDraft.id))
    assert.isNotNull(await Content.find(othersDraft.id))
    assert.isNotNull(await Content.find(ownPublished.id))
  })

  for (const role of ['editor', 'admin'] as const) {
    test(`an ${role} sees everything and moves any item along the workflow`, async ({
      client,
      assert,
    }) => {
      const user = role === 'admin' ? admin : editor
      const list = await client.get('/admin/contents').loginAs(user)
      list.assertStatus(200)
      assert.lengthOf(listedTitles(list.text()), 6)
      assert.include(list.text(), `href="/admin/contents/${othersPublished.id}/edit"`)
      assert.include(list.text(), `href="/admin/contents/${othersDraft.id}/actions/publish"`)
      assert.include(list.text(), `href="/admin/contents/${archived.id}/actions/restore-to-draft"`)

      const detail = await client.get(`/admin/contents/${othersDraft.id}`).loginAs(user)
      detail.assertStatus(200)
      detail.assertTextIncludes(`href="/admin/contents/${othersDraft.id}/edit"`)
      detail.assertTextIncludes(`/admin/contents/${othersDraft.id}/actions/publish`)

      const moves: [Content, string][] = [
        [othersDraft, 'publish'],
        [othersPublished, 'archive'],
        [ownPublished, 'unpublish'],
        [archived, 'restore-to-draft'],
      ]
      for (const [item, action] of moves) {
        const response = await send(
          client,
          ['post', `/admin/contents/${item.id}/actions/${action}`],
          user
        )
        assert.equal(response.status(), 302, action)
      }
      assert.deepEqual(await statuses(), {
        'Ann draft': 'draft',
        'Ann review': 'review',
        'Ann published': 'draft',
        'Otto draft': 'published',
        'Otto published': 'archived',
        'Otto archived': 'draft',
      })

      // A move the workflow lacks is refused, whoever asks.
      const impossible = await send(
        client,
        ['post', `/admin/contents/${ownDraft.id}/actions/archive`],
        user
      )
      impossible.assertStatus(403)
      assert.equal(await statusOf(ownDraft), 'draft')
    })

    test(`an ${role}’s bulk publish, archive and delete skip the impossible rows by name`, async ({
      client,
      assert,
    }) => {
      const user = role === 'admin' ? admin : editor
      const bulk = (action: string, items: Content[]) =>
        send(
          client,
          [
            'post',
            '/admin/contents/bulk',
            { action, ids: items.map((item) => String(item.id)), confirmed: '1' },
          ],
          user
        )

      const confirm = await send(
        client,
        ['post', '/admin/contents/bulk', { action: 'publish', ids: [String(ownDraft.id)] }],
        user
      )
      confirm.assertStatus(200)
      confirm.assertTextIncludes('<li>Ann draft</li>')
      assert.equal(await statusOf(ownDraft), 'draft')

      const published = await bulk('publish', [ownDraft, ownReview, othersPublished])
      published.assertFlashMessage('success', '2 items were published.')
      published.assertFlashMessage('error', '1 row was skipped (not allowed): Otto published.')
      const archivedNow = await bulk('archive', [ownDraft, othersDraft])
      archivedNow.assertFlashMessage('success', '1 item was archived.')
      archivedNow.assertFlashMessage('error', '1 row was skipped (not allowed): Otto draft.')
      assert.deepEqual(await statuses(), {
        'Ann draft': 'archived',
        'Ann review': 'published',
        'Ann published': 'published',
        'Otto draft': 'draft',
        'Otto published': 'published',
        'Otto archived': 'archived',
      })

      const deleted = await bulk('delete', [ownDraft, othersPublished, archived])
      deleted.assertFlashMessage('success', '3 items were deleted.')
      assert.lengthOf(await Content.all(), 3)
    })
  }

  test('the panel serves no create or edit form of its own for contents', async ({ client }) => {
    const create = await client.get('/admin/contents/create').loginAs(admin)
    create.assertStatus(404)
    const store = await client
      .post('/admin/contents')
      .loginAs(admin)
      .withCsrfToken()
      .form({ title: 'x' })
    store.assertStatus(404)
  })

  test('the admin area sends editors and authors to the contents, and refuses members', async ({
    client,
  }) => {
    for (const user of [editor, author]) {
      const response = await client.get('/admin').loginAs(user).redirects(0)
      response.assertStatus(302)
      response.assertHeader('location', '/admin/contents')
    }
    const refused = await client.get('/admin').loginAs(member).redirects(0)
    refused.assertStatus(403)
    const dashboard = await client.get('/admin').loginAs(admin)
    dashboard.assertStatus(200)
  })
})
