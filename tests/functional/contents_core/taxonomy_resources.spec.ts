import { test } from '@japa/runner'
import AuditEvent from '#models/audit_event'
import Category from '#models/category'
import Tag from '#models/tag'
import type User from '#models/user'
import { assertFieldError } from '#tests/helpers/form_errors'
import { installSite, isolateInstallState } from '#tests/helpers/install'
import { seedCast, type Cast } from './helpers.js'

const post = (client: any, user: User, url: string, form: Record<string, unknown>) =>
  client.post(url).loginAs(user).withCsrfToken().form(form).redirects(0)

test.group('Categories and tags in the admin panel', (group) => {
  isolateInstallState(group)
  let cast: Cast
  group.each.setup(async () => {
    await installSite()
    cast = await seedCast()
  })

  test('an editor creates a category whose slug comes from its name', async ({
    client,
    assert,
  }) => {
    await Category.create({ name: 'Éditions', slug: 'editions' })
    const response = await post(client, cast.editor, '/admin/categories', {
      name: 'Éditions',
      slug: '',
      description: 'Books we made',
    })

    const category = await Category.query().orderBy('id', 'desc').firstOrFail()
    response.assertHeader('location', `/admin/categories/${category.id}`)
    assert.equal(category.slug, 'editions-2')
    assert.equal(category.description, 'Books we made')
    const event = await AuditEvent.findByOrFail('event', 'categories.created')
    assert.equal(event.actorId, cast.editor.id)
  })

  test('a typed slug must be a slug and free', async ({ client, assert }) => {
    await Tag.create({ name: 'Taken', slug: 'taken' })
    const bad = await post(client, cast.editor, '/admin/tags', { name: 'X', slug: 'Not A Slug' })
    assertFieldError(bad, 'slug')
    const taken = await post(client, cast.editor, '/admin/tags', { name: 'Y', slug: 'taken' })
    assertFieldError(taken, 'slug')
    assert.lengthOf(await Tag.all(), 1)
  })

  test('renaming keeps a typed slug and regenerates a blank one', async ({ client, assert }) => {
    const tag = await Tag.create({ name: 'Old', slug: 'old' })
    await post(client, cast.admin, `/admin/tags/${tag.id}/edit`, { name: 'New name', slug: '' })
    await tag.refresh()
    assert.equal(tag.slug, 'new-name')
    await post(client, cast.admin, `/admin/tags/${tag.id}/edit`, { name: 'Other', slug: 'kept' })
    await tag.refresh()
    assert.deepEqual([tag.name, tag.slug], ['Other', 'kept'])
  })

  test('an author sees the lists but cannot change them', async ({ client, assert }) => {
    const category = await Category.create({ name: 'News', slug: 'news' })
    const list = await client.get('/admin/categories').loginAs(cast.author)
    list.assertStatus(200)
    list.assertTextIncludes('News')
    const tags = await client.get('/admin/tags').loginAs(cast.author)
    tags.assertStatus(200)

    const form = await client.get('/admin/categories/create').loginAs(cast.author)
    form.assertStatus(403)
    const created = await post(client, cast.author, '/admin/categories', { name: 'Sneaky' })
    created.assertStatus(403)
    const deleted = await post(client, cast.author, `/admin/categories/${category.id}/delete`, {})
    deleted.assertStatus(403)
    assert.lengthOf(await Category.all(), 1)
    assert.isNull(await Category.findBy('name', 'Sneaky'))
  })

  test('a member gets a 403 on every page', async ({ client }) => {
    for (const url of ['/admin/categories', '/admin/tags', '/admin/tags/create']) {
      const response = await client.get(url).loginAs(cast.member)
      response.assertStatus(403)
    }
  })

  test('deleting a tag detaches it from items and records it', async ({ client, assert }) => {
    const tag = await Tag.create({ name: 'Gone', slug: 'gone' })
    await post(client, cast.editor, `/admin/tags/${tag.id}/delete`, {})
    assert.isNull(await Tag.find(tag.id))
    const event = await AuditEvent.findByOrFail('event', 'tags.deleted')
    assert.equal(JSON.parse(event.changes!).before.slug, 'gone')
  })
})
