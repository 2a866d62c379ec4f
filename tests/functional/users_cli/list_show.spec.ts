import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import UserList from '../../../commands/user_list.js'
import UserShow from '../../../commands/user_show.js'
import { isolateInstallState } from '#tests/helpers/install'
import { makeUser, runCommand } from './run_command.js'

test.group('user:list', (group) => {
  isolateInstallState(group)

  test('prints every account as a JSON array with --json', async ({ assert }) => {
    const ann = await makeUser({ username: 'ann', role: 'editor' })
    const bob = await makeUser({ username: 'bob' })

    const run = await runCommand(UserList, ['--json'])

    assert.equal(run.exitCode, 0)
    const users = run.json()
    assert.isArray(users)
    assert.deepEqual(
      users.map((user: { id: number; role: string }) => [user.id, user.role]),
      [
        [ann.id, 'editor'],
        [bob.id, 'member'],
      ]
    )
    assert.notProperty(users[0], 'password')
  })

  test('prints a table otherwise', async ({ assert }) => {
    await makeUser({ username: 'ann', email: 'ann@example.org', role: 'author' })

    const run = await runCommand(UserList, [])

    assert.equal(run.exitCode, 0)
    assert.match(run.stdout, /ID.*Email.*Username.*Role/)
    assert.match(run.stdout, /ann@example\.org.*ann.*author/)
  })

  test('keeps one role with --role, and locked accounts with --locked', async ({ assert }) => {
    await makeUser({ username: 'ann', role: 'editor' })
    await makeUser({ username: 'bob', lockedUntil: DateTime.now().plus({ minutes: 5 }) })
    await makeUser({ username: 'cid', lockedUntil: DateTime.now().minus({ minutes: 5 }) })

    const editorsRun = await runCommand(UserList, ['--role', 'editor', '--json'])
    const lockedRun = await runCommand(UserList, ['--locked', '--json'])
    const editors = editorsRun.json()
    const locked = lockedRun.json()

    assert.deepEqual(
      editors.map((user: { username: string }) => user.username),
      ['ann']
    )
    assert.deepEqual(
      locked.map((user: { username: string }) => user.username),
      ['bob']
    )
    assert.isTrue(locked[0].locked)
  })

  test('prints an empty array when nothing matches', async ({ assert }) => {
    await makeUser()
    const run = await runCommand(UserList, ['--role', 'admin', '--json'])
    assert.equal(run.exitCode, 0)
    assert.deepEqual(run.json(), [])
  })

  test('refuses an unknown role', async ({ assert }) => {
    const run = await runCommand(UserList, ['--role', 'owner', '--json'])

    assert.equal(run.exitCode, 1)
    assert.equal(run.stdout, '')
    assert.include(run.stderr, 'The role field must be one of the listed choices')
  })
})

test.group('user:show', (group) => {
  isolateInstallState(group)

  test('finds an account by id, email or username, in any case', async ({ assert }) => {
    const ann = await makeUser({ username: 'ann', email: 'ann@example.org' })

    for (const identifier of [String(ann.id), 'ANN@example.org', 'Ann']) {
      const run = await runCommand(UserShow, [identifier, '--json'])
      assert.equal(run.exitCode, 0, identifier)
      assert.containsSubset(run.json(), { id: ann.id, email: 'ann@example.org', username: 'ann' })
    }
  })

  test('prints readable lines without --json', async ({ assert }) => {
    await makeUser({ username: 'ann', role: 'author' })

    const run = await runCommand(UserShow, ['ann'])

    assert.equal(run.exitCode, 0)
    assert.match(run.stdout, /Username\s+ann/)
    assert.match(run.stdout, /Role\s+author/)
    assert.match(run.stdout, /Locked\s+no/)
  })

  test('says in one sentence that an account does not exist', async ({ assert }) => {
    await makeUser({ username: 'ann' })

    for (const identifier of ['999999', 'nobody', 'nobody@example.org']) {
      const run = await runCommand(UserShow, [identifier, '--json'])
      assert.equal(run.exitCode, 1)
      assert.equal(run.stdout, '')
      assert.equal(run.stderr, `No user has the id, email or username "${identifier}".`)
    }
  })

  test('a username made of digits is found when no id matches', async ({ assert }) => {
    const numeric = await makeUser({ username: '4242' })
    const run = await runCommand(UserShow, ['4242', '--json'])
    assert.equal(run.json().id, numeric.id)
  })
})
