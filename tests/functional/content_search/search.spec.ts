import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import Content from '#models/content'
import { rankContents, searchContents, searchWords } from '#support/content_search'
import { ALL_SLUGS, found, seedSearchableContents } from './search_helpers.js'

test.group('Content search / matching', (group) => {
  seedSearchableContents(group)

  test('a word only the body holds finds its item', async ({ assert }) => {
    assert.deepEqual(await found('quinces'), ['search-garden'])
    assert.deepEqual(await found('xylophone'), ['search-harbour'])
  })

  test('words of the title and of the excerpt find their items', async ({ assert }) => {
    assert.deepEqual(await found('Lighthouse'), ['search-harbour'])
    assert.deepEqual(await found('patience'), ['search-garden'])
  })

  test('a word that no item holds finds nothing', async ({ assert }) => {
    assert.deepEqual(await found('marmalade'), [])
  })

  test('every word must match, in any field and any order', async ({ assert }) => {
    assert.deepEqual(await found('northern'), ['search-draft', 'search-harbour'])
    assert.deepEqual(await found('harbour northern'), ['search-harbour'])
    assert.deepEqual(await found('northern airships'), ['search-draft'])
    assert.deepEqual(await found('zeppelin quinces'), [])
  })

  test('the last word may be the start of a longer one', async ({ assert }) => {
    assert.deepEqual(await found('xyloph'), ['search-harbour'])
    assert.deepEqual(await found('xyl'), ['search-harbour'])
    assert.deepEqual(await found('northern airsh'), ['search-draft'])
    assert.deepEqual(await found('northern xyloph'), ['search-harbour'])
    assert.deepEqual(await found('xyloph airships'), [])
  })

  test('case does not matter', async ({ assert }) => {
    assert.deepEqual(await found('QUINCES'), ['search-garden'])
    assert.deepEqual(await found('lIgHtHoUsE'), ['search-harbour'])
  })

  test('an accented word is found however it is typed', async ({ assert }) => {
    assert.deepEqual(await found('café'), ['search-harbour'])
    assert.deepEqual(await found('CAFÉ'), ['search-harbour'])
    // The same word with a combining accent, as some keyboards send it.
    assert.deepEqual(await found('cafe\u0301'), ['search-harbour'])
  })

  test('a term without words leaves the list as it is', async ({ assert }) => {
    for (const term of ['', '   ', '"', '*', "'", '-', '()', '""*', '\u0301']) {
      assert.deepEqual(await found(term), ALL_SLUGS, `term ${JSON.stringify(term)}`)
    }
  })

  test('search narrows the other conditions of the query', async ({ assert }) => {
    const rows = await searchContents(Content.query().where('status', 'published'), 'northern')
      .whereIn('slug', ALL_SLUGS)
      .orderBy('slug')
    assert.deepEqual(
      rows.map((row) => row.slug),
      ['search-harbour']
    )
  })

  test('each engine answers from its full-text index', async ({ assert }) => {
    const { sql, bindings } = searchContents(Content.query(), 'xylophone').toSQL()
    const dialect = db.connection().dialect.name
    const plan = await db.transaction(async (trx) => {
      // With a handful of rows PostgreSQL would rather read the table.
      if (dialect === 'postgres') await trx.rawQuery('SET LOCAL enable_seqscan = off')
      const explain =
        dialect === 'postgres' || dialect === 'mysql' ? 'EXPLAIN' : 'EXPLAIN QUERY PLAN'
      const result = await trx.rawQuery(`${explain} ${sql}`, bindings as any[])
      return JSON.stringify(
        dialect === 'postgres' ? result.rows : dialect === 'mysql' ? result[0] : result
      )
    })
    const usedIndex =
      dialect === 'postgres' || dialect === 'mysql'
        ? 'contents_search_index'
        : 'contents_fts VIRTUAL TABLE'
    assert.include(plan, usedIndex)
  })

  test('the best match ranks first', async ({ assert }) => {
    const query = searchContents(Content.query().whereIn('slug', ALL_SLUGS), 'zeppelin')
    const rows = await rankContents(query, 'zeppelin')
    assert.deepEqual(
      rows.map((row) => row.slug),
      ['search-draft', 'search-harbour']
    )
  })
})

test.group('Content search / hostile terms', (group) => {
  seedSearchableContents(group)

  test('query syntax of every engine is taken as plain words', async ({ assert }) => {
    assert.deepEqual(await found('"xylophone'), ['search-harbour'])
    assert.deepEqual(await found('-xylophone'), ['search-harbour'])
    assert.deepEqual(await found('xylophone*'), ['search-harbour'])
    assert.deepEqual(await found("xylophone'"), ['search-harbour'])
    assert.deepEqual(await found('(xylophone)'), ['search-harbour'])
    assert.deepEqual(await found('+xylophone ~quinces'), [])
    assert.deepEqual(await found('xylophone OR quinces'), [])
    assert.deepEqual(await found('xylophone | quinces'), [])
    assert.deepEqual(await found('xylophone & !quinces'), [])
    assert.deepEqual(await found('xylophone NOT quinces'), [])
    assert.deepEqual(await found('NEAR(xylophone quinces'), [])
    assert.deepEqual(await found('title:zeppelin'), [])
    assert.deepEqual(await found('^xylophone'), ['search-harbour'])
  })

  test('operators alone neither fail nor match everything', async ({ assert }) => {
    for (const term of ['OR', 'AND', 'NOT', 'NEAR(', 'NEAR', '" OR "', '*:', ':*', '!', '&|']) {
      const slugs = await found(term)
      assert.isTrue(
        slugs.every((slug) => ALL_SLUGS.includes(slug)),
        `term ${JSON.stringify(term)}`
      )
    }
  })

  test('SQL in a term stays text', async ({ assert }) => {
    assert.deepEqual(await found('); drop table contents; --'), [])
    assert.deepEqual(await found("' or 1=1 --"), [])
    assert.deepEqual(await found("xylophone'); delete from contents where ('1'='1"), [])
    const [{ total }] = await db.from('contents').whereIn('slug', ALL_SLUGS).count('* as total')
    assert.equal(Number(total), ALL_SLUGS.length)
  })

  test('very long terms and odd characters are answered', async ({ assert }) => {
    assert.deepEqual(await found('x'.repeat(300)), [])
    assert.deepEqual(await found('xylophone '.repeat(30)), ['search-harbour'])
    assert.deepEqual(await found(`${'a'.repeat(299)}"`), [])
    assert.deepEqual(await found('\u0000xylophone\u0000'), ['search-harbour'])
    assert.deepEqual(await found('🎻 xylophone'), ['search-harbour'])
    assert.deepEqual(await found('Ωμέγα ß 日本語 xylophone'), [])
  })
})

test.group('Content search / index upkeep', (group) => {
  seedSearchableContents(group)

  test('edits and deletions show in the next search', async ({ assert, cleanup }) => {
    const item = await Content.create({
      title: 'Transient item',
      slug: 'search-transient',
      body: '<p>A gazebo</p>',
      bodyText: 'A gazebo',
      status: 'draft',
    })
    cleanup(async () => {
      await Content.query().where('slug', 'search-transient').delete()
    })
    const slugs = async (term: string) => {
      const rows = await searchContents(Content.query(), term).where('slug', 'search-transient')
      return rows.length
    }

    assert.equal(await slugs('gazebo'), 1)
    item.merge({ bodyText: 'A pergola', body: '<p>A pergola</p>' })
    await item.save()
    assert.equal(await slugs('gazebo'), 0)
    assert.equal(await slugs('pergola'), 1)
    item.status = 'review'
    await item.save()
    assert.equal(await slugs('pergola'), 1)
    await item.delete()
    assert.equal(await slugs('pergola'), 0)
  })
})

test.group('Content search / words', () => {
  test('only letters and digits make words, a bounded number of them', ({ assert }) => {
    assert.deepEqual(searchWords('  Hello, "World"! ÉTÉ-2026 '), ['hello', 'world', 'été', '2026'])
    assert.deepEqual(searchWords('l\'été d"hiver'), ['l', 'été', 'd', 'hiver'])
    assert.deepEqual(searchWords('* - " \' ( ) : ^ ~ | & !'), [])
    assert.lengthOf(searchWords('word '.repeat(50)), 8)
    assert.lengthOf(searchWords('y'.repeat(300))[0], 64)
  })
})
