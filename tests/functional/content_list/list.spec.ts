import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import Category from '#models/category'
import Tag from '#models/tag'
import { installSite, isolateInstallState } from '#tests/helpers/install'
import { seedUsers } from '#tests/helpers/users'
import { listedTitles, seedContents } from './seed.js'

test.group('Content list / columns, filters and search', (group) => {
  isolateInstallState(group)
  let admin: User
  let ada: User
  let bert: User
  let news: Category
  let guides: Category
  let launch: Tag

  group.each.setup(async () => {
    await installSite()
    admin = await User.findByOrFail('username', 'admin')
    ;[ada, bert] = await seedUsers([
      { username: 'ada', role: 'author' },
      { username: 'bert', role: 'editor' },
    ])
    news = await Category.create({ name: 'News', slug: 'news' })
    guides = await Category.create({ name: 'Guides', slug: 'guides' })
    launch = await Tag.create({ name: 'launch', slug: 'launch' })
    const day = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' })
    await seedContents([
      {
        title: 'Rocket launch',
        author: ada,
        status: 'published',
        body: 'The rocket lifted off at dawn',
        publishAt: day('2026-03-10T09:00'),
        updatedAt: day('2026-03-10T09:00'),
        categoryIds: [news.id, guides.id],
        tagIds: [launch.id],
      },
      {
        title: 'Garden notes',
        author: ada,
        status: 'draft',
        body: 'Tomatoes and basil',
        updatedAt: day('2026-05-01T12:00'),
        categoryIds: [guides.id],
      },
      {
        title: 'Coming soon',
        author: bert,
        status: 'published',
        body: 'A surprise for later',
        publishAt: DateTime.now().plus({ days: 30 }),
        updatedAt: day('2026-04-01T12:00'),
      },
      {
        title: 'Old story',
        author: bert,
        status: 'archived',
        body: 'Rockets of the past',
        publishAt: day('2025-01-15T08:00'),
        updatedAt: day('2025-02-01T08:00'),
      },
    ])
  })

  test('lists the latest updated first, with status, author and categories', async ({
    client,
    assert,
  }) => {
    const response = await client.get('/admin/contents').loginAs(admin)
    response.assertStatus(200)
    assert.deepEqual(listedTitles(response.text()), [
      'Garden notes',
      'Coming soon',
      'Rocket launch',
      'Old story',
    ])
    const html = response.text()
    assert.match(html, /<td data-column="categories">\s*News, Guides|Guides, News/)
    assert.include(html, 'panel-badge--scheduled">Scheduled</span>')
    assert.include(html, 'panel-badge--published">Published</span>')
    assert.include(html, 'panel-badge--archived">Archived</span>')
    assert.match(html, /<td data-column="author">\s*ada\s*<\/td>/)
    // Titles open the dedicated editor, and "New" goes there too.
    assert.include(html, 'href="/admin/contents/new"')
    assert.match(html, /<td data-column="title">\s*<a href="\/admin\/contents\/\d+\/edit">/)
    for (const action of ['publish', 'archive', 'delete']) {
      assert.include(html, `<option value="${action}">`)
    }
  })

  test('sorts by publish date and title', async ({ client, assert }) => {
    const byDate = await client
      .get('/admin/contents?sort=publishAt&status=published')
      .loginAs(admin)
    assert.deepEqual(listedTitles(byDate.text()), ['Rocket launch', 'Coming soon'])
    const byTitle = await client.get('/admin/contents?sort=-title').loginAs(admin)
    assert.deepEqual(listedTitles(byTitle.text()), [
      'Rocket launch',
      'Old story',
      'Garden notes',
      'Coming soon',
    ])
  })

  test('filters by status, author, category and tag', async ({ client, assert }) => {
    const cases: [string, string[]][] = [
      ['status=draft', ['Garden notes']],
      ['status=published', ['Coming soon', 'Rocket launch']],
      [`author=${ada.id}`, ['Garden notes', 'Rocket launch']],
      [`category=${guides.id}`, ['Garden notes', 'Rocket launch']],
      [`category=${news.id}&author=${ada.id}`, ['Rocket launch']],
      [`tag=${launch.id}`, ['Rocket launch']],
      [`author=${bert.id}&status=draft`, []],
    ]
    for (const [query, expected] of cases) {
      const response = await client.get(`/admin/contents?${query}`).loginAs(admin)
      response.assertStatus(200)
      assert.deepEqual(listedTitles(response.text()), expected, query)
    }
  })

  test('offers the authors, categories and tags that exist as filter choices', async ({
    client,
    assert,
  }) => {
    const page = await client.get('/admin/contents').loginAs(admin)
    const html = page.text()
    assert.include(html, `<option value="${ada.id}">`)
    assert.include(html, `<option value="${news.id}">`)
    assert.match(html, /<option value="\d+">\s*launch\s*<\/option>/)
    // The administrator wrote nothing, so is no author to filter by.
    assert.notInclude(html, `<option value="${admin.id}">\n                  admin`)
  })

  test('filters on publish date and update date ranges, both ends included', async ({
    client,
    assert,
  }) => {
    const cases: [string, string[]][] = [
      ['publishedFrom=2026-03-10&publishedTo=2026-03-10', ['Rocket launch']],
      ['publishedTo=2026-03-09', ['Old story']],
      ['publishedFrom=2026-01-01', ['Coming soon', 'Rocket launch']],
      ['updatedFrom=2026-04-01&updatedTo=2026-05-01', ['Garden notes', 'Coming soon']],
      ['updatedTo=2025-12-31', ['Old story']],
    ]
    for (const [query, expected] of cases) {
      const response = await client.get(`/admin/contents?${query}`).loginAs(admin)
      response.assertStatus(200)
      assert.deepEqual(listedTitles(response.text()), expected, query)
    }
    const form = await client.get('/admin/contents?updatedFrom=2026-04-01').loginAs(admin)
    form.assertTextIncludes('name="updatedFrom" value="2026-04-01"')
  })

  test('answers bad filter values with a 400 that says what was ignored', async ({
    client,
    assert,
  }) => {
    const cases: [string, string][] = [
      ['status=secret', '“secret” is not a valid value for status: it was ignored.'],
      ['author=abc', '“abc” is not a valid value for author: it was ignored.'],
      ['author=999999', '“999999” is not a valid value for author: it was ignored.'],
      ['category=0', '“0” is not a valid value for category: it was ignored.'],
      ['tag=1%20OR%201=1', '“1 OR 1=1” is not a valid value for tag: it was ignored.'],
      [
        'publishedFrom=2026-13-01',
        '“2026-13-01” is not a date for publishedFrom: use the form YYYY-MM-DD. It was ignored.',
      ],
      [
        'updatedTo=yesterday',
        '“yesterday” is not a date for updatedTo: use the form YYYY-MM-DD. It was ignored.',
      ],
      [
        'updatedTo=2026-02-30',
        '“2026-02-30” is not a date for updatedTo: use the form YYYY-MM-DD. It was ignored.',
      ],
      [
        'publishedFrom=2026-05-01&publishedTo=2026-04-01',
        'The range ends (2026-04-01) before it starts: publishedTo was ignored.',
      ],
      ['sort=body', '“body” is not a valid value for sort: it was ignored.'],
    ]
    for (const [query, sentence] of cases) {
      const response = await client.get(`/admin/contents?${query}`).loginAs(admin)
      assert.equal(response.status(), 400, query)
      assert.include(response.text(), sentence.replace(/"/g, '&quot;'), query)
      // The rest of the list still shows, unfiltered by the bad value.
      assert.lengthOf(listedTitles(response.text()), 4, query)
    }
  })

  test('says the problem in French to a French reader', async ({ client }) => {
    admin.locale = 'fr'
    await admin.save()
    const response = await client.get('/admin/contents?updatedFrom=hier').loginAs(admin)
    response.assertStatus(400)
    response.assertTextIncludes('« hier » n’est pas une date pour updatedFrom')
    response.assertTextIncludes('Contenus')
  })

  test('makes as many queries for 34 rows as for 4', async ({ client, assert }) => {
    // Every statement the knex client runs, the global test transaction's included.
    const knex = db.getRawConnection(db.primaryConnectionName)!.connection!.client!
    const queriesForOnePage = async (rows: number) => {
      let queries = 0
      const countQuery = () => queries++
      knex.on('query', countQuery)
      try {
        const page = await client.get('/admin/contents?perPage=50').loginAs(admin)
        page.assertStatus(200)
        assert.lengthOf(listedTitles(page.text()), rows)
      } finally {
        knex.removeListener('query', countQuery)
      }
      return queries
    }
    // The first page of the run also warms the settings cache.
    await client.get('/admin/contents').loginAs(admin)
    const few = await queriesForOnePage(4)
    await seedContents(
      Array.from({ length: 30 }, (_, index) => ({
        title: `Bulk item ${index}`,
        author: index % 2 ? ada : bert,
        categoryIds: [news.id],
      }))
    )
    assert.equal(await queriesForOnePage(34), few)
  })
})
