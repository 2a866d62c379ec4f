import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { CHAIN_TABLE } from '#actions/audit/audit_chain'
import ChangeContentStatus from '#actions/contents/change_content_status'
import PublishDue, { LAST_RUN_KEY } from '#actions/contents/publish_due'
import { actorOf, draftBy } from './helpers.js'
import { seedUsers } from '#tests/helpers/users'

/** Starts a worker; resolves once it has booted and waits for "go". */
async function startWorker(moment: DateTime) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      '@poppinss/ts-exec',
      'tests/functional/contents_core/publish_worker.ts',
      moment.toISO()!,
    ],
    { cwd: app.makePath(), env: { ...process.env, NODE_ENV: 'test' } }
  )
  let stdout = ''
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const ready = once(child.stdout, 'data')
  const exited = once(child, 'exit').then(([code]) => ({ code, stderr, stdout }))
  await Promise.race([
    ready,
    exited.then(({ stderr: output }) => Promise.reject(new Error(`worker failed: ${output}`))),
  ])
  child.stdout.on('data', (chunk) => (stdout += chunk))
  return { go: () => child.stdin.end('go\n'), exited }
}

/*
| The workers must see committed rows, so this runs outside the per-test
| transaction and removes what it made afterwards (and puts the audit
| chain's end back).
*/
test.group('PublishDue / several processes at once', (group) => {
  group.each.setup(async () => {
    const chain = await db.from(CHAIN_TABLE).where('id', 1).first()
    const [newest] = await db.from('audit_events').max('id as id')
    const lastId = Number(newest.id ?? 0)
    return async () => {
      await db.from('audit_events').where('id', '>', lastId).delete()
      if (chain) await db.from(CHAIN_TABLE).where('id', 1).update(chain)
      await db.from('settings').where('key', LAST_RUN_KEY).delete()
      const racers = db.from('users').where('username', 'like', 'racer%').select('id')
      const items = db.from('contents').whereIn('author_id', racers).select('id')
      await db.from('content_revisions').whereIn('content_id', items).delete()
      await db.from('contents').whereIn('author_id', racers).delete()
      await db.from('users').where('username', 'like', 'racer%').delete()
    }
  })

  test('two processes announce each item once', async ({ assert }) => {
    const [editor] = await seedUsers([{ username: 'racer-editor', role: 'editor' }])
    const t0 = DateTime.now().startOf('second')
    const ids: number[] = []
    for (const minutes of [10, 20, 30]) {
      const item = await draftBy(editor, {
        title: `Race ${minutes}`,
        publishAt: t0.plus({ minutes }),
      })
      await new ChangeContentStatus().handle(item, 'published', actorOf(editor))
      ids.push(item.id)
    }
    await new PublishDue().handle(t0)

    const workers = await Promise.all([1, 2].map(() => startWorker(t0.plus({ hours: 1 }))))
    workers.forEach((worker) => worker.go())
    const results = await Promise.all(workers.map((worker) => worker.exited))

    for (const result of results) assert.equal(result.code, 0, result.stderr)
    const announced = results.flatMap((result) => JSON.parse(result.stdout.trim()) as number[])
    assert.sameMembers(announced, ids)
    const events = await db.from('audit_events').where('event', 'content.published_scheduled')
    assert.sameMembers(
      events.map((event) => Number(event.target_id)),
      ids
    )
  }).timeout(120_000)
})
