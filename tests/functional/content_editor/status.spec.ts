import { test } from '@japa/runner'
import i18nManager from '@adonisjs/i18n/services/main'
import type { ContentStatus } from '#models/content'
import type User from '#models/user'
import { isolateInstallState } from '#tests/helpers/install'
import { castOfWriters, contentBy, editorForm, snapshot, type Cast } from './helpers.js'

/** The status buttons the editor page offers, as `to` values. */
function statusButtons(html: string) {
  return [...html.matchAll(/data-status-button="(\w+)"/g)].map((match) => match[1])
}

test.group('Content editor / status buttons and moves', (group) => {
  isolateInstallState(group)
  let cast: Cast
  group.each.setup(async () => {
    cast = await castOfWriters()
  })

  test('an author is offered "Save draft" and "Submit for review" only', async ({
    client,
    assert,
  }) => {
    const draft = await contentBy(cast.author)
    for (const url of ['/admin/contents/new', `/admin/contents/${draft.id}/edit`]) {
      const page = await client.get(url).loginAs(cast.author)
      const html = page.text()
      assert.deepEqual(statusButtons(html), ['review'], url)
      assert.include(html, 'Save draft')
      assert.include(html, 'Submit for review')
      assert.notInclude(html, '>Publish<')
    }
  })

  const OFFERS: [ContentStatus, ContentStatus[]][] = [
    ['draft', ['review', 'published']],
    ['review', ['draft', 'published']],
    ['published', ['archived', 'draft']],
    ['archived', ['draft', 'published']],
  ]
  for (const [status, offered] of OFFERS) {
    test(`editors and admins are offered every move of a ${status} item`, async ({
      client,
      assert,
    }) => {
      const content = await contentBy(cast.author, status)
      for (const user of [cast.editor, cast.admin]) {
        const page = await client.get(`/admin/contents/${content.id}/edit`).loginAs(user)
        const html = page.text()
        assert.deepEqual(statusButtons(html), offered, user.username)
        assert.include(html, `data-status="${status}"`)
      }
    })
  }

  test('"Submit for review" saves the text, then moves it, and the author lands on the list', async ({
    client,
    assert,
  }) => {
    const content = await contentBy(cast.author)
    const response = await client
      .post(`/admin/contents/${content.id}/edit`)
      .loginAs(cast.author)
      .withCsrfToken()
      .form(editorForm({ title: 'Ready to read', to: 'review' }))
      .redirects(0)

    response.assertHeader('location', '/admin/contents')
    assert.equal(
      response.flashMessage('success'),
      '“Ready to read”: status changed to “In review”.'
    )
    await content.refresh()
    assert.equal(content.title, 'Ready to read')
    assert.equal(content.status, 'review')
  })

  test('an editor publishes a new item straight from the form', async ({ client, assert }) => {
    const response = await client
      .post('/admin/contents/new')
      .loginAs(cast.editor)
      .withCsrfToken()
      .form(editorForm({ to: 'published' }))
      .redirects(0)
    const { default: Content } = await import('#models/content')
    const content = await Content.findByOrFail('title', 'Field notes')
    response.assertHeader('location', `/admin/contents/${content.id}/edit`)
    assert.equal(content.status, 'published')
    assert.isNotNull(content.publishAt)
  })

  test('an author trying to publish through the form gets 403 and nothing is saved', async ({
    client,
    assert,
  }) => {
    const content = await contentBy(cast.author)
    const before = await snapshot(content)
    const response = await client
      .post(`/admin/contents/${content.id}/edit`)
      .loginAs(cast.author)
      .withCsrfToken()
      .form(editorForm({ title: 'Sneaky', to: 'published' }))
      .redirects(0)
    response.assertStatus(403)
    assert.deepEqual(await snapshot(content), before)
  })

  const workflowRefusal = (from: string, to: string) =>
    i18nManager.locale('en').t('contents.errors.transition', { from, to })
  const REFUSED: [ContentStatus, string, string][] = [
    ['published', 'review', workflowRefusal('published', 'review')],
    ['draft', 'archived', workflowRefusal('draft', 'archived')],
    ['archived', 'review', workflowRefusal('archived', 'review')],
    ['draft', 'deleted', 'Choose one of the listed status changes.'],
  ]
  for (const [from, to, message] of REFUSED) {
    test(`moving a ${from} item to "${to}" is answered with a message and changes nothing`, async ({
      client,
      assert,
    }) => {
      const content = await contentBy(cast.author, from)
      const before = await snapshot(content)
      for (const [url, form] of [
        [`/admin/contents/${content.id}/status`, { to }],
        [`/admin/contents/${content.id}/edit`, editorForm({ title: 'Changed', to })],
      ] as const) {
        const response = await client
          .post(url)
          .loginAs(cast.editor)
          .withCsrfToken()
          .form(form)
          .redirects(0)
        response.assertHeader('location', `/admin/contents/${content.id}/edit`)
        assert.equal(response.flashMessage('error'), message, url)
      }
      assert.deepEqual(await snapshot(content), before)
    })
  }

  test('a status change without a target is refused with a message', async ({ client, assert }) => {
    const content = await contentBy(cast.author)
    const before = await snapshot(content)
    const response = await client
      .post(`/admin/contents/${content.id}/status`)
      .loginAs(cast.author)
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', `/admin/contents/${content.id}/edit`)
    assert.equal(response.flashMessage('error'), 'Choose one of the listed status changes.')
    assert.deepEqual(await snapshot(content), before)
  })

  const MOVES: [ContentStatus, ContentStatus, 'editor' | 'author', string][] = [
    ['draft', 'review', 'author', '/admin/contents'],
    ['review', 'draft', 'author', 'edit'],
    ['review', 'published', 'editor', 'edit'],
    ['published', 'archived', 'editor', 'edit'],
    ['published', 'draft', 'editor', 'edit'],
    ['archived', 'published', 'editor', 'edit'],
  ]
  for (const [from, to, role, landing] of MOVES) {
    test(`the status route moves a ${from} item to ${to} for an ${role}`, async ({
      client,
      assert,
    }) => {
      const content = await contentBy(cast.author, from)
      const user: User = cast[role]
      const response = await client
        .post(`/admin/contents/${content.id}/status`)
        .loginAs(user)
        .withCsrfToken()
        .form({ to })
        .redirects(0)
      const expected = landing === 'edit' ? `/admin/contents/${content.id}/edit` : landing
      response.assertHeader('location', expected)
      assert.match(String(response.flashMessage('success')), /status changed to/)
      await content.refresh()
      assert.equal(content.status, to)
    })
  }
})
