import { test } from '@japa/runner'
import { DateTime, Settings } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import SaveContent from '#actions/contents/save_content'
import ChangeContentStatus from '#actions/contents/change_content_status'
import PublishDue from '#actions/contents/publish_due'
import { actorFor, admin, publicSiteGroup, writeContent, bodyAt, statusAt } from './fixtures.js'

/** How many statements the database runs while `work` does. */
async function countQueries(work: () => Promise<unknown>): Promise<number> {
  // Every statement the knex client runs, the global test transaction's included.
  const knex = db.getRawConnection(db.primaryConnectionName)!.connection!.client!
  let queries = 0
  const count = () => queries++
  knex.on('query', count)
  try {
    await work()
  } finally {
    knex.removeListener('query', count)
  }
  return queries
}

test.group('Public pages cache', (group) => {
  publicSiteGroup(group)

  test('a newly published item shows on a listing already cached', async ({ client, assert }) => {
    await writeContent({ title: 'First' })
    assert.include(await bodyAt(client, '/c'), 'First')

    const draft = await writeContent({ title: 'Second' }, 'draft')
    assert.notInclude(await bodyAt(client, '/c'), 'Second')
    await new ChangeContentStatus().handle(draft, 'published', actorFor(await admin()))

    assert.include(await bodyAt(client, '/c'), 'Second')
    assert.equal(await statusAt(client, '/c/second'), 200)
  })

  test('an edit shows at once on the item page', async ({ client, assert }) => {
    const content = await writeContent({ title: 'Old title' })
    assert.include(await bodyAt(client, '/c/old-title'), 'Old title')

    await new SaveContent().handle(
      content,
      { title: 'New title', body: '<p>New body.</p>' },
      actorFor(await admin())
    )

    const page = await client.get('/c/old-title')
    assert.include(page.text(), 'New title')
    assert.include(page.text(), 'New body.')
  })

  for (const to of ['draft', 'archived'] as const) {
    test(`moving an item to ${to} hides it from cached pages`, async ({ client, assert }) => {
      const content = await writeContent({ title: 'Fleeting', tagNames: ['Brief'] })
      for (const url of ['/c', '/c/fleeting', '/tag/brief', '/feed.xml', '/sitemap.xml']) {
        assert.include(await bodyAt(client, url), 'fleeting', url)
      }

      await new ChangeContentStatus().handle(content, to, actorFor(await admin()))

      assert.equal(await statusAt(client, '/c/fleeting'), 404)
      for (const url of ['/c', '/tag/brief', '/feed.xml', '/sitemap.xml']) {
        assert.notInclude(await bodyAt(client, url), 'fleeting', url)
      }
    })
  }

  test('a scheduled item appears once PublishDue has run for its date', async ({
    client,
    assert,
    cleanup,
  }) => {
    const publishAt = DateTime.now().plus({ hours: 2 }).startOf('second')
    await writeContent({ title: 'Timed', publishAt })
    assert.notInclude(await bodyAt(client, '/c'), 'Timed')
    assert.equal(await statusAt(client, '/c/timed'), 404)

    // The clock moves past the publish date; the cached listing does not know yet.
    const later = publishAt.plus({ minutes: 1 })
    Settings.now = () => later.toMillis()
    cleanup(() => {
      Settings.now = () => Date.now()
    })
    assert.notInclude(await bodyAt(client, '/c'), 'Timed')

    const announced = await new PublishDue().handle(later)

    assert.deepEqual(
      announced.map((item) => item.slug),
      ['timed']
    )
    assert.include(await bodyAt(client, '/c'), 'Timed')
    assert.equal(await statusAt(client, '/c/timed'), 200)
  })

  for (const url of ['/c', '/c/cached', '/tag/kept', '/feed.xml', '/sitemap.xml']) {
    test(`a second visit to ${url} is served without a query`, async ({ client, assert }) => {
      await writeContent({ title: 'Cached', tagNames: ['Kept'] })
      // The first visit fills the caches (settings, install state, page data).
      let body = ''
      const visit = async () => {
        body = await bodyAt(client, url)
      }
      const first = await countQueries(visit)
      const second = await countQueries(visit)

      assert.isAbove(first, 0)
      assert.equal(second, 0)
      assert.include(body.toLowerCase(), 'cached')
    })
  }

  test('lets anyone cache an anonymous page for a minute, with an ETag', async ({
    client,
    assert,
  }) => {
    await writeContent({ title: 'Shared' })

    const page = await client.get('/c/shared')
    assert.equal(page.header('cache-control'), 'public, max-age=60')
    assert.include(page.header('vary'), 'Cookie')
    const etag = page.header('etag')
    assert.isString(etag)

    const again = await client.get('/c/shared').header('if-none-match', etag!)
    again.assertStatus(304)
    assert.equal(again.text(), '')
  })

  test('keeps a signed-in visitor’s page private', async ({ client, assert }) => {
    await writeContent({ title: 'Personal' })

    const page = await client.get('/c/personal').loginAs(await admin())
    page.assertStatus(200)
    assert.include(page.text(), 'Sign out')
    assert.equal(page.header('cache-control'), 'private, no-cache')
  })

  test('does not let shared caches keep a 404', async ({ client, assert }) => {
    const page = await client.get('/c/missing')
    page.assertStatus(404)
    assert.equal(page.header('cache-control'), 'private, no-cache')
  })
})
