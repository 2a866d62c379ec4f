import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import AuditEvent from '#models/audit_event'
import Content, { CONTENT_STATUSES, type ContentStatus } from '#models/content'
import ContentRevision from '#models/content_revision'
import ChangeContentStatus from '#actions/contents/change_content_status'
import DeleteContent from '#actions/contents/delete_content'
import { ContentRuleException } from '#actions/contents/content_errors'
import { canTransition } from '#actions/contents/workflow'
import { actorOf, draftBy, inTransaction, seedCast, type Cast } from './helpers.js'

async function itemIn(cast: Cast, status: ContentStatus) {
  const item = await draftBy(cast.author)
  item.status = status
  await item.save()
  return item
}

test.group('ChangeContentStatus', (group) => {
  inTransaction(group)
  let cast: Cast
  group.each.setup(async () => {
    cast = await seedCast()
  })

  for (const from of CONTENT_STATUSES) {
    for (const to of CONTENT_STATUSES) {
      if (canTransition(from, to)) {
        test(`moves ${from} → ${to}, with a revision and an audit entry`, async ({ assert }) => {
          const item = await itemIn(cast, from)
          await new ChangeContentStatus().handle(item, to, actorOf(cast.editor))

          const fresh = await Content.findOrFail(item.id)
          assert.equal(fresh.status, to)
          const revisions = await ContentRevision.query()
            .where('content_id', item.id)
            .orderBy('id', 'desc')
          assert.lengthOf(revisions, 2)
          assert.equal(revisions[0].status, to)
          assert.equal(revisions[0].authorId, cast.editor.id)
          const event = await AuditEvent.findByOrFail('event', 'content.status_changed')
          assert.equal(event.targetId, String(item.id))
          assert.deepEqual(JSON.parse(event.details!), { from, to })
          assert.equal(JSON.parse(event.changes!).before.status, from)
          assert.equal(JSON.parse(event.changes!).after.status, to)
        })
      } else {
        test(`refuses ${from} → ${to} with a 422 and changes nothing`, async ({ assert }) => {
          const item = await itemIn(cast, from)
          const error = await new ChangeContentStatus()
            .handle(item, to, actorOf(cast.admin))
            .catch((e) => e)

          assert.instanceOf(error, ContentRuleException)
          assert.equal(error.status, 422)
          assert.equal(error.messageKey, 'contents.errors.transition')
          assert.match(error.message, / cannot /)
          const unchanged = await Content.findOrFail(item.id)
          assert.equal(unchanged.status, from)
          assert.isNull(await AuditEvent.findBy('event', 'content.status_changed'))
        })
      }
    }
  }

  test('publishing without a date dates the item now', async ({ assert }) => {
    const item = await itemIn(cast, 'review')
    const before = DateTime.now().startOf('second')
    await new ChangeContentStatus().handle(item, 'published', actorOf(cast.editor))

    const fresh = await Content.findOrFail(item.id)
    assert.isTrue(fresh.publishAt! >= before)
    assert.isTrue(fresh.publishAt! <= DateTime.now())
    assert.isTrue(fresh.isLive)
    const event = await AuditEvent.findByOrFail('event', 'content.status_changed')
    const changes = JSON.parse(event.changes!)
    assert.deepEqual(changes.before, { status: 'review', publishAt: null })
    assert.equal(changes.after.publishAt, fresh.publishAt!.toUTC().toISO())
  })

  test('publishing keeps a future date: the item is scheduled', async ({ assert }) => {
    const at = DateTime.now().plus({ days: 2 }).startOf('second')
    const item = await draftBy(cast.author, { publishAt: at })
    await new ChangeContentStatus().handle(item, 'published', actorOf(cast.editor))

    const fresh = await Content.findOrFail(item.id)
    assert.equal(fresh.publishAt!.toMillis(), at.toMillis())
    assert.isTrue(fresh.isScheduled)
    assert.isFalse(fresh.isLive)
  })

  test('the refusal is in French for a French reader', async ({ assert }) => {
    const { default: i18nManager } = await import('@adonisjs/i18n/services/main')
    const error = new ContentRuleException('contents.errors.transition', {
      from: 'archived',
      to: 'review',
    })
    assert.equal(
      i18nManager.locale('fr').t(error.messageKey, error.messageData),
      'Un contenu archivé ne peut pas passer en relecture.'
    )
    assert.equal(error.message, 'An archived item cannot go to review.')
  })
})

test.group('DeleteContent', (group) => {
  inTransaction(group)

  test('deletes the item, its revisions and links, and records it', async ({ assert }) => {
    const cast = await seedCast()
    const item = await draftBy(cast.author, { title: 'Gone', tagNames: ['x'] })
    await new DeleteContent().handle(item, actorOf(cast.editor))

    assert.isNull(await Content.find(item.id))
    assert.lengthOf(await ContentRevision.query().where('content_id', item.id), 0)
    const event = await AuditEvent.findByOrFail('event', 'content.deleted')
    assert.equal(JSON.parse(event.changes!).before.title, 'Gone')
    assert.equal(event.actorId, cast.editor.id)
  })
})
