import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import AuditEvent from '#models/audit_event'
import Category from '#models/category'
import Content from '#models/content'
import ContentRevision from '#models/content_revision'
import Tag from '#models/tag'
import SaveContent from '#actions/contents/save_content'
import { ContentRuleException } from '#actions/contents/content_errors'
import { actorOf, draftBy, inTransaction, seedCast, uploadOf, type Cast } from './helpers.js'

test.group('SaveContent / creating', (group) => {
  inTransaction(group)
  let cast: Cast
  group.each.setup(async () => {
    cast = await seedCast()
  })

  test('a new item is a draft by the actor with a slug from its title', async ({ assert }) => {
    const item = await draftBy(cast.author, { title: 'Été à Paris !' })

    await item.refresh()
    assert.equal(item.status, 'draft')
    assert.equal(item.authorId, cast.author.id)
    assert.equal(item.slug, 'ete-a-paris')
    assert.equal(item.title, 'Été à Paris !')
  })

  test('same titles get -2, -3 slugs', async ({ assert }) => {
    const slugs = []
    for (let i = 0; i < 3; i++) {
      const item = await draftBy(cast.author, { title: 'News' })
      slugs.push(item.slug)
    }
    assert.deepEqual(slugs, ['news', 'news-2', 'news-3'])
  })

  test('a title with no letter or digit gets a fallback slug', async ({ assert }) => {
    const first = await draftBy(cast.author, { title: '日本語' })
    const second = await draftBy(cast.author, { title: '!!!' })
    assert.deepEqual([first.slug, second.slug], ['item', 'item-2'])
  })

  test('a reserved word is not taken as a slug from a title', async ({ assert }) => {
    const item = await draftBy(cast.author, { title: 'Admin' })
    assert.equal(item.slug, 'admin-2')
  })

  test('a typed slug is slugified and kept', async ({ assert }) => {
    const item = await draftBy(cast.author, { title: 'T', slug: 'Mon Beau Slug' })
    assert.equal(item.slug, 'mon-beau-slug')
  })

  test('a typed slug already used is refused, and nothing is saved', async ({ assert }) => {
    await draftBy(cast.author, { title: 'Taken' })
    const attempt = draftBy(cast.author, { title: 'Other', slug: 'taken' })
    await assert.rejects(() => attempt, ContentRuleException)
    const error = await attempt.catch((e) => e)
    assert.equal(error.status, 422)
    assert.equal(error.field, 'slug')
    assert.equal(error.message, 'Another item already uses this address')
    assert.isNull(await Content.findBy('title', 'Other'))
  })

  test('typed slugs that are reserved or empty are refused', async ({ assert }) => {
    for (const slug of ['login', '---']) {
      await assert.rejects(() => draftBy(cast.author, { slug }), ContentRuleException)
    }
  })

  test('the body is sanitised and its text kept for search', async ({ assert }) => {
    const item = await draftBy(cast.author, {
      body: '<h2>Head</h2><p onclick="x()">Hello <script>alert(1)</script><strong>world</strong></p>',
    })
    await item.refresh()
    assert.equal(item.body, '<h2>Head</h2><p>Hello <strong>world</strong></p>')
    assert.equal(item.bodyText, 'Head Hello world')
  })

  test('tags given by name are created once and reused', async ({ assert }) => {
    await Tag.create({ name: 'Vélo', slug: 'velo' })
    const item = await draftBy(cast.author, { tagNames: ['velo', 'Rando  Nature', 'rando nature'] })
    await item.load('tags')
    assert.sameMembers(
      item.tags.map((tag) => tag.slug),
      ['velo', 'rando-nature']
    )
    assert.lengthOf(await Tag.all(), 2)
    const again = await draftBy(cast.author, { tagNames: ['Rando nature', 'Nouveau'] })
    await again.load('tags')
    assert.sameMembers(
      again.tags.map((tag) => tag.name),
      ['Rando Nature', 'Nouveau']
    )
    assert.lengthOf(await Tag.all(), 3)
  })

  test('a tag name with no latin letter gets a fallback slug, made unique', async ({ assert }) => {
    await Tag.create({ name: 'Tag', slug: 'tag' })
    const item = await draftBy(cast.author, { tagNames: ['日本'] })
    await item.load('tags')
    assert.equal(item.tags[0].slug, 'tag-2')
    assert.equal(item.tags[0].name, '日本')
  })

  test('categories are attached by id', async ({ assert }) => {
    const news = await Category.create({ name: 'News', slug: 'news' })
    const art = await Category.create({ name: 'Art', slug: 'art' })
    const item = await draftBy(cast.author, { categoryIds: [news.id, art.id, news.id] })
    await item.load('categories')
    assert.sameMembers(
      item.categories.map((category) => category.slug),
      ['news', 'art']
    )
  })

  test('an unknown category id is refused and nothing is saved', async ({ assert }) => {
    const news = await Category.create({ name: 'News', slug: 'news' })
    const error = await draftBy(cast.author, { title: 'Cat', categoryIds: [news.id, 999_999] })
      .then(() => null)
      .catch((e) => e)
    assert.instanceOf(error, ContentRuleException)
    assert.equal(error.field, 'categoryIds')
    assert.isNull(await Content.findBy('title', 'Cat'))
  })

  test('a cover must be an image the actor may use', async ({ assert }) => {
    const publicImage = await uploadOf(cast.otherAuthor, 'image', 'public')
    const ownPrivate = await uploadOf(cast.author, 'image', 'private')
    const othersPrivate = await uploadOf(cast.otherAuthor, 'image', 'private')
    const document = await uploadOf(cast.author, 'document', 'public')

    for (const upload of [publicImage, ownPrivate]) {
      const item = await draftBy(cast.author, { coverUploadId: upload.id })
      assert.equal(item.coverUploadId, upload.id)
    }
    for (const id of [othersPrivate.id, document.id, 999_999]) {
      const error = await draftBy(cast.author, { coverUploadId: id }).catch((e) => e)
      assert.instanceOf(error, ContentRuleException)
      assert.equal(error.field, 'coverUploadId')
    }
    const byAdmin = await draftBy(cast.admin, { coverUploadId: othersPrivate.id })
    assert.equal(byAdmin.coverUploadId, othersPrivate.id)
  })

  test('the publication date is kept as the same instant', async ({ assert }) => {
    const at = DateTime.fromISO('2030-05-01T08:30:00', { zone: 'Europe/Paris' })
    const item = await draftBy(cast.author, { publishAt: at })
    const fresh = await Content.findOrFail(item.id)
    assert.equal(fresh.publishAt!.toUTC().toISO(), '2030-05-01T06:30:00.000Z')
  })

  test('records content.created with the fields and the body length', async ({ assert }) => {
    const item = await draftBy(cast.author, { title: 'Audited', body: '<p>12345</p>' })
    const event = await AuditEvent.query()
      .where('event', 'content.created')
      .where('target_id', String(item.id))
      .firstOrFail()
    assert.equal(event.targetType, 'content')
    assert.equal(event.actorId, cast.author.id)
    const changes = JSON.parse(event.changes!)
    assert.equal(changes.after.title, 'Audited')
    assert.equal(changes.after.status, 'draft')
    assert.notProperty(changes.after, 'body')
    assert.deepEqual(JSON.parse(event.details!), { bodyChanged: true, bodyLength: 12 })
  })
})

test.group('SaveContent / updating', (group) => {
  inTransaction(group)
  let cast: Cast
  group.each.setup(async () => {
    cast = await seedCast()
  })

  test('every save keeps a revision by the one who saved', async ({ assert }) => {
    const item = await draftBy(cast.author, { title: 'First' })
    await new SaveContent().handle(
      item,
      { title: 'Second', body: '<p>Two</p>' },
      actorOf(cast.editor)
    )

    const revisions = await ContentRevision.query().where('content_id', item.id).orderBy('id')
    assert.lengthOf(revisions, 2)
    assert.deepEqual(
      revisions.map((revision) => [revision.title, revision.body, revision.authorId]),
      [
        ['First', '<p>Body</p>', cast.author.id],
        ['Second', '<p>Two</p>', cast.editor.id],
      ]
    )
    assert.equal(revisions[1].status, 'draft')
  })

  test('the slug stays when none is given, and follows the title when blanked', async ({
    assert,
  }) => {
    const item = await draftBy(cast.author, { title: 'Old title' })
    await new SaveContent().handle(item, { title: 'New title', body: '' }, actorOf(cast.author))
    assert.equal(item.slug, 'old-title')
    await new SaveContent().handle(
      item,
      { title: 'New title', slug: '', body: '' },
      actorOf(cast.author)
    )
    assert.equal(item.slug, 'new-title')
  })

  test('an item keeps its own slug without a suffix', async ({ assert }) => {
    const item = await draftBy(cast.author, { title: 'Mine' })
    await new SaveContent().handle(
      item,
      { title: 'Mine', slug: 'mine', body: '' },
      actorOf(cast.author)
    )
    assert.equal(item.slug, 'mine')
  })

  test('fields left out keep their values; tags and categories given replace', async ({
    assert,
  }) => {
    const news = await Category.create({ name: 'News', slug: 'news' })
    const item = await draftBy(cast.author, {
      excerpt: 'Short',
      seoTitle: 'SEO',
      categoryIds: [news.id],
      tagNames: ['one', 'two'],
    })
    await new SaveContent().handle(item, { title: 'T', body: '' }, actorOf(cast.author))
    await item.load('tags')
    await item.load('categories')
    assert.equal(item.excerpt, 'Short')
    assert.equal(item.seoTitle, 'SEO')
    assert.lengthOf(item.tags, 2)
    assert.lengthOf(item.categories, 1)

    await new SaveContent().handle(
      item,
      { title: 'T', body: '', tagNames: ['two'], categoryIds: [], excerpt: null },
      actorOf(cast.author)
    )
    await item.load('tags')
    await item.load('categories')
    assert.isNull(item.excerpt)
    assert.deepEqual(
      item.tags.map((tag) => tag.name),
      ['two']
    )
    assert.lengthOf(item.categories, 0)
  })

  test('records content.updated with only the changed fields', async ({ assert }) => {
    const item = await draftBy(cast.author, { title: 'Before', body: '<p>Same</p>' })
    await new SaveContent().handle(
      item,
      { title: 'After', body: '<p>Same</p>' },
      actorOf(cast.editor)
    )
    const event = await AuditEvent.findByOrFail('event', 'content.updated')
    assert.deepEqual(JSON.parse(event.changes!), {
      before: { title: 'Before' },
      after: { title: 'After' },
    })
    assert.deepEqual(JSON.parse(event.details!), { bodyChanged: false, bodyLength: 11 })
  })
})
