import { test } from '@japa/runner'
import AuditEvent from '#models/audit_event'
import ContentRevision from '#models/content_revision'
import SaveContent from '#actions/contents/save_content'
import RestoreRevision from '#actions/contents/restore_revision'
import { ContentRuleException } from '#actions/contents/content_errors'
import { actorOf, draftBy, inTransaction, seedCast } from './helpers.js'

test.group('RestoreRevision', (group) => {
  inTransaction(group)

  test("puts back the first revision's text and adds a revision", async ({ assert }) => {
    const cast = await seedCast()
    const item = await draftBy(cast.author, {
      title: 'Original',
      excerpt: 'First excerpt',
      body: '<p>First</p>',
      tagNames: ['keep'],
    })
    await new SaveContent().handle(
      item,
      { title: 'Rewritten', excerpt: 'Second', body: '<p>Second</p>' },
      actorOf(cast.author)
    )
    const [first] = await ContentRevision.query().where('content_id', item.id).orderBy('id')

    await new RestoreRevision().handle(item, first, actorOf(cast.editor))

    await item.refresh()
    assert.equal(item.title, 'Original')
    assert.equal(item.excerpt, 'First excerpt')
    assert.equal(item.body, '<p>First</p>')
    assert.equal(item.bodyText, 'First')
    assert.equal(item.slug, 'original')
    await item.load('tags')
    assert.lengthOf(item.tags, 1)
    const revisions = await ContentRevision.query().where('content_id', item.id).orderBy('id')
    assert.lengthOf(revisions, 3)
    assert.equal(revisions[2].title, 'Original')
    assert.equal(revisions[2].authorId, cast.editor.id)
    const event = await AuditEvent.findByOrFail('event', 'content.revision_restored')
    assert.equal(JSON.parse(event.details!).revisionId, first.id)
    assert.deepEqual(JSON.parse(event.changes!).after, {
      title: 'Original',
      excerpt: 'First excerpt',
    })
  })

  test('refuses a revision of another item', async ({ assert }) => {
    const cast = await seedCast()
    const one = await draftBy(cast.author, { title: 'One' })
    const two = await draftBy(cast.author, { title: 'Two' })
    const [revisionOfTwo] = await ContentRevision.query().where('content_id', two.id)

    await assert.rejects(
      () => new RestoreRevision().handle(one, revisionOfTwo, actorOf(cast.author)),
      ContentRuleException
    )
    await one.refresh()
    assert.equal(one.title, 'One')
  })
})
