import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import AuditEvent from '#models/audit_event'
import type User from '#models/user'
import ChangeContentStatus from '#actions/contents/change_content_status'
import PublishDue, { LAST_RUN_KEY } from '#actions/contents/publish_due'
import { forgetPublicContent, rememberPublic } from '#support/content_cache'
import { readSetting } from '#support/settings_store'
import ContentsPublishDue from '../../../commands/contents_publish_due.js'
import { runCommand } from '../users_cli/run_command.js'
import { actorOf, draftBy, inTransaction, seedCast } from './helpers.js'

/** An item an editor published ahead of its date. */
async function scheduled(editor: User, title: string, publishAt: DateTime) {
  const item = await draftBy(editor, { title, publishAt })
  return new ChangeContentStatus().handle(item, 'published', actorOf(editor))
}

/** Whether the public cache still holds what was put in it before. */
async function cacheSurvived() {
  let computed = false
  await rememberPublic('probe', async () => {
    computed = true
    return 'fresh'
  })
  return !computed
}

const T0 = DateTime.now().startOf('second')

test.group('PublishDue', (group) => {
  inTransaction(group)
  group.each.setup(() => forgetPublicContent())

  test('announces each scheduled item once, when its date falls in the window', async ({
    assert,
  }) => {
    const { editor } = await seedCast()
    const soon = await scheduled(editor, 'Soon', T0.plus({ hours: 1 }))
    const later = await scheduled(editor, 'Later', T0.plus({ hours: 3 }))

    assert.deepEqual(await new PublishDue().handle(T0), [])
    const first = await new PublishDue().handle(T0.plus({ hours: 2 }))
    assert.deepEqual(
      first.map((item) => item.id),
      [soon.id]
    )
    assert.deepEqual(await new PublishDue().handle(T0.plus({ hours: 2 })), [])
    const second = await new PublishDue().handle(T0.plus({ hours: 4 }))
    assert.deepEqual(
      second.map((item) => item.id),
      [later.id]
    )
    assert.deepEqual(await new PublishDue().handle(T0.plus({ hours: 5 })), [])

    const events = await AuditEvent.query()
      .where('event', 'content.published_scheduled')
      .orderBy('id')
    assert.deepEqual(
      events.map((event) => event.targetId),
      [String(soon.id), String(later.id)]
    )
    assert.equal(JSON.parse(events[0].details!).slug, 'soon')
    assert.equal(await readSetting(LAST_RUN_KEY, null), T0.plus({ hours: 5 }).toUTC().toISO())
  })

  test('leaves out drafts, archived items and items published "now"', async ({ assert }) => {
    const { editor } = await seedCast()
    await draftBy(editor, { title: 'Draft', publishAt: T0.plus({ minutes: 30 }) })
    const archived = await scheduled(editor, 'Archived', T0.plus({ minutes: 30 }))
    await new ChangeContentStatus().handle(archived, 'archived', actorOf(editor))
    const now = await draftBy(editor, { title: 'Now' })
    await new ChangeContentStatus().handle(now, 'published', actorOf(editor))

    await new PublishDue().handle(T0.minus({ minutes: 1 }))
    assert.deepEqual(await new PublishDue().handle(T0.plus({ hours: 1 })), [])
    assert.isNull(await AuditEvent.findBy('event', 'content.published_scheduled'))
  })

  test('the first run only looks back ten minutes', async ({ assert }) => {
    const { editor } = await seedCast()
    const old = await scheduled(editor, 'Old', T0.plus({ minutes: 5 }))
    const recent = await scheduled(editor, 'Recent', T0.plus({ minutes: 25 }))
    assert.exists(old)

    const due = await new PublishDue().handle(T0.plus({ minutes: 30 }))
    assert.deepEqual(
      due.map((item) => item.id),
      [recent.id]
    )
  })

  test('a moment before the last run announces nothing and keeps the last run', async ({
    assert,
  }) => {
    const { editor } = await seedCast()
    await scheduled(editor, 'Item', T0.plus({ hours: 1 }))
    await new PublishDue().handle(T0.plus({ hours: 2 }))

    assert.deepEqual(await new PublishDue().handle(T0.plus({ hours: 1 })), [])
    assert.equal(await readSetting(LAST_RUN_KEY, null), T0.plus({ hours: 2 }).toUTC().toISO())
  })

  test('clears the public cache only when something went live', async ({ assert }) => {
    const { editor } = await seedCast()
    await scheduled(editor, 'Item', T0.plus({ hours: 1 }))
    await new PublishDue().handle(T0)

    await rememberPublic('probe', async () => 'cached')
    await new PublishDue().handle(T0.plus({ minutes: 30 }))
    assert.isTrue(await cacheSurvived(), 'nothing went live: the cache stays')
    await new PublishDue().handle(T0.plus({ hours: 2 }))
    assert.isFalse(await cacheSurvived(), 'an item went live: the cache is cleared')
  })
})

test.group('contents:publish-due', (group) => {
  inTransaction(group)

  test('says how many items went live, then that none did', async ({ assert }) => {
    const { editor } = await seedCast()
    const item = await scheduled(editor, 'Due now', DateTime.now().plus({ days: 1 }))
    const format = db.connection().dialect.dateTimeFormat
    await db
      .from('contents')
      .where('id', item.id)
      .update({
        publish_at: DateTime.now().minus({ minutes: 1 }).toFormat(format),
        updated_at: DateTime.now().minus({ minutes: 5 }).toFormat(format),
      })

    const first = await runCommand(ContentsPublishDue, [])
    assert.equal(first.exitCode ?? 0, 0, first.stderr)
    assert.equal(first.stdout, '1 scheduled item went live: due-now.')
    const event = await AuditEvent.findByOrFail('event', 'content.published_scheduled')
    assert.equal(event.via, 'cli')

    const second = await runCommand(ContentsPublishDue, [])
    assert.equal(second.exitCode ?? 0, 0)
    assert.equal(second.stdout, 'No scheduled content went live since the last run.')
  })

  test('--json prints the items', async ({ assert }) => {
    const { editor } = await seedCast()
    const item = await scheduled(editor, 'Json item', DateTime.now().plus({ days: 1 }))
    const format = db.connection().dialect.dateTimeFormat
    const publishAt = DateTime.now().minus({ minutes: 2 }).startOf('second')
    await db
      .from('contents')
      .where('id', item.id)
      .update({
        publish_at: publishAt.toFormat(format),
        updated_at: DateTime.now().minus({ minutes: 5 }).toFormat(format),
      })

    const run = await runCommand(ContentsPublishDue, ['--json'])
    assert.equal(run.exitCode ?? 0, 0)
    assert.deepEqual(run.json(), [
      { id: item.id, slug: 'json-item', title: 'Json item', publishAt: publishAt.toUTC().toISO() },
    ])
  })
})
