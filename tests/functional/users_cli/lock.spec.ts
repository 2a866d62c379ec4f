import { randomUUID } from 'node:crypto'
import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import AuditEvent from '#models/audit_event'
import UserSession from '#models/user_session'
import UserLock from '../../../commands/user_lock.js'
import UserUnlock from '../../../commands/user_unlock.js'
import { isolateInstallState } from '#tests/helpers/install'
import { makeUser, runCommand } from './run_command.js'

test.group('user:lock and user:unlock', (group) => {
  isolateInstallState(group)

  test('locks for some minutes and signs the account out', async ({ assert }) => {
    const ann = await makeUser({ username: 'ann' })
    const now = DateTime.now()
    const session = await UserSession.create({
      id: randomUUID(),
      userId: ann.id,
      createdAt: now,
      lastSeenAt: now,
    })

    const run = await runCommand(UserLock, ['ann', '--minutes', '30'])

    assert.equal(run.exitCode, 0, run.stderr)
    await ann.refresh()
    const minutesLeft = ann.lockedUntil!.diff(DateTime.now(), 'minutes').minutes
    assert.closeTo(minutesLeft, 30, 1)
    const row = await db.from('user_sessions').where('id', session.id).firstOrFail()
    assert.isNotNull(row.ended_at)
    const event = await AuditEvent.findByOrFail('event', 'user.locked')
    assert.equal(event.via, 'cli')
  })

  test('locks until unlocked without --minutes', async ({ assert }) => {
    const ann = await makeUser({ username: 'ann' })

    const run = await runCommand(UserLock, ['ann'])

    assert.equal(run.exitCode, 0, run.stderr)
    assert.include(run.stdout, 'locked until unlocked')
    await ann.refresh()
    assert.isAbove(ann.lockedUntil!.year, DateTime.now().year + 5)
  })

  test('refuses a number of minutes that is not a positive whole number', async ({ assert }) => {
    const ann = await makeUser({ username: 'ann' })

    for (const minutes of ['0', '-5', '1.5']) {
      const run = await runCommand(UserLock, ['ann', '--minutes', minutes])
      assert.equal(run.exitCode, 1, minutes)
      assert.match(run.stderr, /^The minutes field must be/)
    }
    await ann.refresh()
    assert.isNull(ann.lockedUntil)
  })

  test('refuses to lock an unknown user', async ({ assert }) => {
    const run = await runCommand(UserLock, ['ghost@example.org'])
    assert.equal(run.exitCode, 1)
    assert.equal(run.stderr, 'No user has the id, email or username "ghost@example.org".')
  })

  test('unlocks and forgets the failed sign-ins', async ({ assert }) => {
    const ann = await makeUser({
      username: 'ann',
      failedLoginCount: 5,
      lockedUntil: DateTime.now().plus({ minutes: 10 }),
    })

    const run = await runCommand(UserUnlock, ['ann'])

    assert.equal(run.exitCode, 0, run.stderr)
    await ann.refresh()
    assert.isNull(ann.lockedUntil)
    assert.equal(ann.failedLoginCount, 0)
    const event = await AuditEvent.findByOrFail('event', 'user.unlocked')
    assert.equal(event.via, 'cli')
  })

  test('refuses to unlock an unknown user', async ({ assert }) => {
    const run = await runCommand(UserUnlock, ['nobody'])
    assert.equal(run.exitCode, 1)
    assert.equal(run.stderr, 'No user has the id, email or username "nobody".')
  })
})
