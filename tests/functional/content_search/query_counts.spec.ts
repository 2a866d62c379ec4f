import { randomUUID } from 'node:crypto'
import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Content from '#models/content'
import Category from '#models/category'
import Tag from '#models/tag'
import Upload from '#models/upload'
import User from '#models/user'
import { forgetPublicContent } from '#support/content_cache'
import { installSite, isolateInstallState, STRONG_PASSWORD } from '#tests/helpers/install'

/*
| SPEC 11.2: no page reads its rows one by one. Each page is counted with
| few items and with many, every item having an author, a public cover,
| categories and tags, all of which the pages show or preload.
*/

/** Statements the knex client runs during `work`, the global test transaction's included. */
async function countQueries(work: () => Promise<unknown>): Promise<number> {
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

let written = 0

/** Live items, each with its own author, cover, two categories and three tags. */
async function writeItems(count: number) {
  const categories = await Category.createMany(
    ['One', 'Two'].map((name) => ({ name, slug: `${name.toLowerCase()}-${randomUUID()}` }))
  )
  const tags = await Tag.createMany(
    ['red', 'green', 'blue'].map((name) => ({ name, slug: `${name}-${randomUUID()}` }))
  )
  for (let index = 0; index < count; index++) {
    written++
    const author = await User.create({
      email: `writer${written}@example.org`,
      username: `writer${written}`,
      password: STRONG_PASSWORD,
      role: 'author',
    })
    const cover = await Upload.create({
      ownerId: author.id,
      kind: 'image',
      mime: 'image/png',
      extension: 'png',
      originalName: `cover-${written}.png`,
      storageKey: `${randomUUID()}.png`,
      sizeBytes: 1000,
      sha256: '0'.repeat(64),
      visibility: 'public',
      width: 8,
      height: 6,
      animated: false,
      variantsStatus: 'none',
    })
    const content = await Content.create({
      title: `Counted item ${written}`,
      slug: `counted-item-${written}`,
      excerpt: 'An excerpt',
      body: '<p>Counted body</p>',
      bodyText: 'Counted body',
      status: 'published',
      publishAt: DateTime.now().minus({ minutes: written }),
      authorId: author.id,
      coverUploadId: cover.id,
    })
    await content.related('categories').attach(categories.map((category) => category.id))
    await content.related('tags').attach(tags.map((tag) => tag.id))
  }
}

/** The statements a page takes to render from the database, its public cache emptied first. */
async function pageQueries(client: ApiClient, path: string, admin?: User) {
  await forgetPublicContent()
  return countQueries(async () => {
    const request = client.get(path)
    const response = await (admin ? request.loginAs(admin) : request)
    response.assertStatus(200)
    response.assertTextIncludes('Counted item')
  })
}

const PAGES = [
  { path: '/admin/contents?perPage=50', admin: true },
  { path: '/admin/contents?perPage=50&status=published', admin: true },
  { path: '/c', admin: false },
  { path: '/c/counted-item-1', admin: false },
]

test.group('Content pages / queries per page', (group) => {
  isolateInstallState(group)
  group.each.setup(async () => {
    await installSite()
    await forgetPublicContent()
    return () => forgetPublicContent()
  })

  test('each page makes as many queries with 50 items as with 5', async ({ client, assert }) => {
    const admin = await User.findByOrFail('username', 'admin')
    await writeItems(5)
    // The first views fill caches (settings, the signed-in user) that later ones reuse.
    for (const page of PAGES) await pageQueries(client, page.path, page.admin ? admin : undefined)

    const withFive: number[] = []
    for (const page of PAGES) {
      withFive.push(await pageQueries(client, page.path, page.admin ? admin : undefined))
    }
    await writeItems(45)
    for (const [index, page] of PAGES.entries()) {
      const withFifty = await pageQueries(client, page.path, page.admin ? admin : undefined)
      assert.equal(withFifty, withFive[index], page.path)
      assert.isAbove(withFifty, 0, page.path)
    }
  })
})
