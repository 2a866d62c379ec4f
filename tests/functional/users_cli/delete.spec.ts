import { test } from '@japa/runner'
import User from '#models/user'
import AuditEvent from '#models/audit_event'
import UserDelete from '../../../commands/user_delete.js'
import { isolateInstallState } from '#tests/helpers/install'
import { makeUser, runCommand } from './run_command.js'

test.group('user:delete', (group) => {
  isolateInstallState(group)

  test('deletes with --force and keeps who it was in the trail', async ({ assert }) => {
    const ann = await makeUser({ username: 'ann', email: 'ann@example.org' })

    const run = await runCommand(UserDelete, ['ann', '--force'])

    assert.equal(run.exitCode, 0, run.stderr)
    assert.isNull(await User.find(ann.id))
    const event = await AuditEvent.findByOrFail('event', 'user.deleted')
    assert.equal(event.via, 'cli')
    assert.containsSubset(JSON.parse(event.details!), { id: ann.id, email: 'ann@example.org' })
  })

  test('asks first on a terminal and deletes once confirmed', async ({ assert }) => {
    const ann = await makeUser({ username: 'ann', email: 'ann@example.org' })

    const run = await runCommand(UserDelete, ['ann'], (command) => {
      command.interactive = true
      command.prompt.trap('Delete "ann" <ann@example.org> for good?').accept()
    })

    assert.equal(run.exitCode, 0, run.stderr)
    assert.isNull(await User.find(ann.id))
  })

  test('keeps the account when the answer is no', async ({ assert }) => {
    const ann = await makeUser({ username: 'ann', email: 'ann@example.org' })

    const run = await runCommand(UserDelete, ['ann'], (command) => {
      command.interactive = true
      command.prompt.trap('Delete "ann" <ann@example.org> for good?').reject()
    })

    assert.equal(run.exitCode, 1)
    assert.equal(run.stderr, 'Nothing was deleted.')
    assert.isNotNull(await User.find(ann.id))
  })

  test('refuses to delete without --force when no one can confirm', async ({ assert }) => {
    const ann = await makeUser({ username: 'ann' })

    const run = await runCommand(UserDelete, ['ann'])

    assert.equal(run.exitCode, 1)
    assert.equal(run.stderr, 'Pass --force to delete without confirmation.')
    assert.isNotNull(await User.find(ann.id))
  })

  test('refuses to delete the last admin, even with --force', async ({ assert }) => {
    const root = await makeUser({ username: 'root', role: 'admin' })

    const run = await runCommand(UserDelete, ['root', '--force'])

    assert.equal(run.exitCode, 1)
    assert.equal(run.stderr, 'This is the last administrator: make another user an admin first.')
    assert.isNotNull(await User.find(root.id))
    assert.isNull(await AuditEvent.findBy('event', 'user.deleted'))
  })

  test('refuses an unknown user', async ({ assert }) => {
    const run = await runCommand(UserDelete, ['nobody', '--force'])
    assert.equal(run.exitCode, 1)
    assert.equal(run.stderr, 'No user has the id, email or username "nobody".')
  })
})
