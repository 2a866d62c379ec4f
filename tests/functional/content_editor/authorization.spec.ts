import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import Content, { type ContentStatus } from '#models/content'
import ContentRevision from '#models/content_revision'
import type User from '#models/user'
import { isolateInstallState } from '#tests/helpers/install'
import { castOfWriters, contentBy, editorForm, snapshot, type Cast } from './helpers.js'

type Route = [method: 'get' | 'post', url: string, form?: Record<string, unknown>]

/** The editor's routes about one item, with a form each POST would plausibly send. */
async function itemRoutes(content: Content, to: ContentStatus): Promise<Route[]> {
  const revision = await ContentRevision.query()
    .where('content_id', content.id)
    .orderBy('id')
    .firstOrFail()
  const base = `/admin/contents/${content.id}`
  return [
    ['get', `${base}/edit`],
    ['post', `${base}/edit`, editorForm({ title: 'Taken over' })],
    ['post', `${base}/status`, { to }],
    ['get', `${base}/revisions/${revision.id}`],
    ['post', `${base}/revisions/${revision.id}/restore`, { confirmed: '1' }],
  ]
}

function send(client: ApiClient, user: User | null, [method, url, form]: Route) {
  // A plain string path: the client cannot infer a body type from it.
  const request = (method === 'get' ? client.get<string>(url) : client.post<string>(url)).redirects(
    0
  )
  if (user) request.loginAs(user)
  return method === 'post' ? request.withCsrfToken().form((form ?? {}) as never) : request
}

/** The status each of itemRoutes answers, in order. */
async function statuses(client: ApiClient, user: User | null, routes: Route[]) {
  const answers: number[] = []
  for (const route of routes) {
    const response = await send(client, user, route)
    answers.push(response.status())
  }
  return answers
}

test.group('Content editor / who may use which route', (group) => {
  isolateInstallState(group)
  let cast: Cast
  group.each.setup(async () => {
    cast = await castOfWriters()
  })

  test('a member is refused everywhere and nothing is written', async ({ client, assert }) => {
    const content = await contentBy(cast.author)
    const before = await snapshot(content)
    const routes: Route[] = [
      ['get', '/admin/contents/new'],
      ['post', '/admin/contents/new', editorForm()],
      ...(await itemRoutes(content, 'review')),
    ]
    assert.deepEqual(
      await statuses(client, cast.member, routes),
      [403, 403, 403, 403, 403, 403, 403]
    )
    assert.deepEqual(await snapshot(content), before)
    assert.equal(
      await Content.query()
        .count('* as n')
        .then(([row]) => Number(row.$extras.n)),
      1
    )
  })

  test('a visitor is sent to sign in from every route', async ({ client, assert }) => {
    const content = await contentBy(cast.author)
    const routes: Route[] = [
      ['get', '/admin/contents/new'],
      ['post', '/admin/contents/new', editorForm()],
      ...(await itemRoutes(content, 'review')),
    ]
    for (const route of routes) {
      const response = await send(client, null, route)
      assert.equal(response.status(), 302, route[1])
      assert.equal(response.header('location'), '/login', route[1])
    }
  })

  test('writers of every role may open and post the new-item form', async ({ client, assert }) => {
    for (const user of [cast.admin, cast.editor, cast.author]) {
      const page = await client.get('/admin/contents/new').loginAs(user)
      page.assertStatus(200)
      const created = await send(client, user, [
        'post',
        '/admin/contents/new',
        editorForm({ title: `By ${user.username}` }),
      ])
      assert.equal(created.status(), 302, user.username)
      const content = await Content.findByOrFail('title', `By ${user.username}`)
      assert.equal(content.authorId, user.id)
      assert.equal(content.status, 'draft')
    }
  })

  for (const role of ['admin', 'editor'] as const) {
    for (const status of ['draft', 'review', 'published', 'archived'] as const) {
      test(`an ${role} may do everything on someone else's ${status} item`, async ({
        client,
        assert,
      }) => {
        const content = await contentBy(cast.author, status)
        const to: ContentStatus = status === 'published' ? 'archived' : 'published'
        const answers = await statuses(client, cast[role], await itemRoutes(content, to))
        assert.deepEqual(answers, [200, 302, 302, 200, 302])
        await content.refresh()
        // The restore of the first revision put the first title back after the edit.
        assert.equal(content.title, `A ${status} item`)
        assert.equal(content.status, to)
        const after = await snapshot(content)
        assert.isAbove(after.revisions, 3)
      })
    }
  }

  test('an author edits, submits and restores their own draft, never publishes it', async ({
    client,
    assert,
  }) => {
    const content = await contentBy(cast.author)
    const routes = await itemRoutes(content, 'published')
    assert.deepEqual(await statuses(client, cast.author, routes), [200, 302, 403, 200, 302])
    await content.refresh()
    assert.equal(content.status, 'draft')

    const statusUrl = `/admin/contents/${content.id}/status`
    const submit = await send(client, cast.author, ['post', statusUrl, { to: 'review' }])
    submit.assertStatus(302)
    await content.refresh()
    assert.equal(content.status, 'review')
  })

  test('an author may only view and withdraw their own item in review', async ({
    client,
    assert,
  }) => {
    const content = await contentBy(cast.author, 'review')
    const before = await snapshot(content)
    const routes = await itemRoutes(content, 'published')
    assert.deepEqual(await statuses(client, cast.author, routes), [403, 403, 403, 200, 403])
    assert.deepEqual(await snapshot(content), before)

    const statusUrl = `/admin/contents/${content.id}/status`
    const withdraw = await send(client, cast.author, ['post', statusUrl, { to: 'draft' }])
    withdraw.assertStatus(302)
    await content.refresh()
    assert.equal(content.status, 'draft')
  })

  for (const status of ['published', 'archived'] as const) {
    test(`an author may only view their own ${status} item`, async ({ client, assert }) => {
      const content = await contentBy(cast.author, status)
      const before = await snapshot(content)
      for (const to of ['draft', status === 'published' ? 'archived' : 'published'] as const) {
        const answers = await statuses(client, cast.author, await itemRoutes(content, to))
        assert.deepEqual(answers, [403, 403, 403, 200, 403], `to ${to}`)
      }
      assert.deepEqual(await snapshot(content), before)
    })
  }

  for (const status of ['draft', 'review', 'published'] as const) {
    test(`an author cannot touch or even see another author's ${status} item`, async ({
      client,
      assert,
    }) => {
      const content = await contentBy(cast.otherAuthor, status)
      const before = await snapshot(content)
      const to: ContentStatus = status === 'draft' ? 'review' : 'draft'
      const answers = await statuses(client, cast.author, await itemRoutes(content, to))
      assert.deepEqual(answers, [403, 403, 403, 403, 403])
      assert.deepEqual(await snapshot(content), before)
    })
  }

  test('unknown items and revisions of another item are not found', async ({ client, assert }) => {
    const content = await contentBy(cast.author)
    const other = await contentBy(cast.author)
    const foreign = await ContentRevision.query().where('content_id', other.id).firstOrFail()
    const routes: Route[] = [
      ['get', '/admin/contents/999999/edit'],
      ['post', '/admin/contents/999999/edit', editorForm()],
      ['post', '/admin/contents/999999/status', { to: 'review' }],
      ['get', `/admin/contents/${content.id}/revisions/${foreign.id}`],
      ['post', `/admin/contents/${content.id}/revisions/${foreign.id}/restore`, { confirmed: '1' }],
    ]
    assert.deepEqual(await statuses(client, cast.editor, routes), [404, 404, 404, 404, 404])
  })
})
