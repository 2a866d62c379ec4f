import { test } from '@japa/runner'
import User from '#models/user'
import AuditEvent from '#models/audit_event'
import UserSetRole from '../../../commands/user_set_role.js'
import { isolateInstallState } from '#tests/helpers/install'
import { makeUser, runCommand } from './run_command.js'

test.group('user:set-role', (group) => {
  isolateInstallState(group)

  test('gives the new role and records the change', async ({ assert }) => {
    const ann = await makeUser({ username: 'ann' })

    const run = await runCommand(UserSetRole, ['ann', 'editor'])

    assert.equal(run.exitCode, 0, run.stderr)
    assert.equal(run.stdout, '"ann" is now editor.')
    await ann.refresh()
    assert.equal(ann.role, 'editor')
    const event = await AuditEvent.findByOrFail('event', 'user.role.changed')
    assert.equal(event.via, 'cli')
    assert.deepEqual(JSON.parse(event.details!), { from: 'member', to: 'editor' })
  })

  test('an admin steps down when another admin remains', async ({ assert }) => {
    await makeUser({ username: 'root', role: 'admin' })
    const ann = await makeUser({ username: 'ann', role: 'admin' })

    const run = await runCommand(UserSetRole, ['ann', 'member'])

    assert.equal(run.exitCode, 0, run.stderr)
    await ann.refresh()
    assert.equal(ann.role, 'member')
  })

  test('refuses to demote the last admin', async ({ assert }) => {
    const root = await makeUser({ username: 'root', role: 'admin' })

    const run = await runCommand(UserSetRole, ['root', 'member'])

    assert.equal(run.exitCode, 1)
    assert.equal(run.stderr, 'This is the last administrator: make another user an admin first.')
    await root.refresh()
    assert.equal(root.role, 'admin')
    assert.isNull(await AuditEvent.findBy('event', 'user.role.changed'))
  })

  test('refuses an unknown role and names the roles', async ({ assert }) => {
    await makeUser({ username: 'ann' })

    const run = await runCommand(UserSetRole, ['ann', 'owner'])

    assert.equal(run.exitCode, 1)
    assert.equal(
      run.stderr,
      'The role field must be one of the listed choices (admin, editor, author, member).'
    )
    const ann = await User.findByOrFail('username', 'ann')
    assert.equal(ann.role, 'member')
  })

  test('refuses an unknown user', async ({ assert }) => {
    const run = await runCommand(UserSetRole, ['nobody', 'editor'])
    assert.equal(run.exitCode, 1)
    assert.equal(run.stderr, 'No user has the id, email or username "nobody".')
  })
})
