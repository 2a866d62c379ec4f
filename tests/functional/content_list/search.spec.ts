import { test } from '@japa/runner'
import Content from '#models/content'
import User from '#models/user'
import { installSite, isolateInstallState } from '#tests/helpers/install'
import { seedUsers } from '#tests/helpers/users'
import { listedTitles, seedContents } from './seed.js'

/*
| MySQL's FULLTEXT index only sees committed rows, so the searched items
| are written once for the group, outside the per-test transaction, and
| removed afterwards.
*/
test.group('Content list / full-text search', (group) => {
  let writer: User
  group.setup(async () => {
    ;[writer] = await seedUsers([{ username: 'search-writer', role: 'author' }])
    const contents = await seedContents([
      { title: 'Rocket launch', author: writer, body: 'The rocket lifted off at dawn' },
      { title: 'Garden notes', author: null, body: 'Tomatoes and basil' },
      {
        title: 'Old story',
        author: null,
        status: 'archived',
        body: 'Rockets of the past',
      },
    ])
    return async () => {
      await Content.query()
        .whereIn(
          'id',
          contents.map((content) => content.id)
        )
        .delete()
      await writer.delete()
    }
  })
  isolateInstallState(group)
  let admin: User
  group.each.setup(async () => {
    await installSite()
    admin = await User.findByOrFail('username', 'admin')
  })

  test('finds titles and bodies by their words, in any order and case', async ({
    client,
    assert,
  }) => {
    const cases: [string, string[]][] = [
      ['rocket', ['Rocket launch', 'Old story']],
      ['ROCKETS', ['Old story']],
      ['dawn lifted', ['Rocket launch']],
      ['tomat', ['Garden notes']],
      ['"basil" (*', ['Garden notes']],
      ['nothing-like-this', []],
    ]
    for (const [term, expected] of cases) {
      const response = await client
        .get(`/admin/contents?search=${encodeURIComponent(term)}`)
        .loginAs(admin)
      response.assertStatus(200)
      assert.sameMembers(listedTitles(response.text()), expected, term)
    }
  })

  test('narrows the search with the filters and the author’s scope', async ({ client, assert }) => {
    const archived = await client
      .get('/admin/contents?search=rocket&status=archived')
      .loginAs(admin)
    assert.deepEqual(listedTitles(archived.text()), ['Old story'])
    const drafts = await client.get('/admin/contents?search=rocket&status=draft').loginAs(admin)
    assert.deepEqual(listedTitles(drafts.text()), ['Rocket launch'])
    const own = await client.get('/admin/contents?search=rocket').loginAs(writer)
    assert.deepEqual(listedTitles(own.text()), ['Rocket launch'])
  })

  test('keeps the search in the form and in the sort links', async ({ client, assert }) => {
    const response = await client.get('/admin/contents?search=garden').loginAs(admin)
    response.assertTextIncludes('value="garden"')
    assert.include(response.text(), 'href="/admin/contents?search=garden&amp;sort=title"')
  })
})
