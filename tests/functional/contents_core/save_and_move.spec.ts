import { test } from '@japa/runner'
import Content from '#models/content'
import ContentRevision from '#models/content_revision'
import SaveAndMoveContent from '#actions/contents/save_and_move_content'
import { ContentRuleException } from '#actions/contents/content_errors'
import { actorOf, draftBy, inTransaction, seedCast, type Cast } from './helpers.js'

const TEXT = { title: 'Field notes', body: '<p>Frost on the <strong>reeds</strong>.</p>' }

test.group('SaveAndMoveContent', (group) => {
  inTransaction(group)
  let cast: Cast
  group.each.setup(async () => {
    cast = await seedCast()
  })

  test('saves the text, then makes the move', async ({ assert }) => {
    const draft = await draftBy(cast.author)
    const saved = await new SaveAndMoveContent().handle(
      draft,
      { ...TEXT, title: 'Renamed' },
      'review',
      actorOf(cast.author)
    )

    const fresh = await Content.findOrFail(saved.id)
    assert.equal(fresh.title, 'Renamed')
    assert.equal(fresh.status, 'review')
    const statuses = await ContentRevision.query()
      .where('content_id', saved.id)
      .orderBy('id')
      .select('status')
    assert.deepEqual(
      statuses.map((revision) => revision.status),
      ['draft', 'draft', 'review']
    )
  })

  test('creates a new item and publishes it at once', async ({ assert }) => {
    const saved = await new SaveAndMoveContent().handle(
      null,
      TEXT,
      'published',
      actorOf(cast.editor)
    )

    const fresh = await Content.findOrFail(saved.id)
    assert.equal(fresh.status, 'published')
    assert.isNotNull(fresh.publishAt)
    assert.equal(fresh.authorId, cast.editor.id)
  })

  test('without a move it is a plain save', async ({ assert }) => {
    const draft = await draftBy(cast.author)
    await new SaveAndMoveContent().handle(draft, TEXT, null, actorOf(cast.author))

    const fresh = await Content.findOrFail(draft.id)
    assert.equal(fresh.title, 'Field notes')
    assert.equal(fresh.status, 'draft')
  })

  test('a move the workflow lacks saves nothing', async ({ assert }) => {
    const draft = await draftBy(cast.author)
    const before = await ContentRevision.query().where('content_id', draft.id).count('* as n')

    await assert.rejects(
      () =>
        new SaveAndMoveContent().handle(
          draft,
          { ...TEXT, title: 'Never saved' },
          'archived',
          actorOf(cast.editor)
        ),
      ContentRuleException
    )

    const fresh = await Content.findOrFail(draft.id)
    assert.notEqual(fresh.title, 'Never saved')
    assert.equal(fresh.status, 'draft')
    const after = await ContentRevision.query().where('content_id', draft.id).count('* as n')
    assert.equal(Number(after[0].$extras.n), Number(before[0].$extras.n))
    assert.equal(
      await Content.query()
        .where('title', 'Never saved')
        .count('* as n')
        .then((rows) => Number(rows[0].$extras.n)),
      0
    )
  })
})
