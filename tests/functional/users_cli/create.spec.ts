import { test } from '@japa/runner'
import hash from '@adonisjs/core/services/hash'
import User, { USER_ROLES } from '#models/user'
import AuditEvent from '#models/audit_event'
import UserCreate from '../../../commands/user_create.js'
import { ROLES_HELP } from '../../../commands/_user_command.js'
import { isolateInstallState, STRONG_PASSWORD } from '#tests/helpers/install'
import { makeUser, runCommand } from './run_command.js'

/** A person at the terminal who types the password twice. */
const typesPassword =
  (password: string, again = password) =>
  (command: UserCreate) => {
    command.interactive = true
    command.prompt.trap('Password').replyWith(password)
    command.prompt.trap('Password again').replyWith(again)
  }

const flags = (overrides: Record<string, string> = {}) =>
  Object.entries({ email: 'ann@example.org', username: 'ann', role: 'editor', ...overrides })
    .filter(([, value]) => value !== '')
    .flatMap(([flag, value]) => [`--${flag}`, value])

test.group('user:create', (group) => {
  test('its help names exactly the roles the site has', async ({ assert }) => {
    const roleFlag = UserCreate.flags.find((flag) => flag.name === 'role')!
    assert.include(roleFlag.description, USER_ROLES.join(', '))
    assert.equal(ROLES_HELP, USER_ROLES.join(', '))
  })

  isolateInstallState(group)

  test('creates the account from flags and a typed password, and records it', async ({
    assert,
  }) => {
    const run = await runCommand(UserCreate, flags(), typesPassword(STRONG_PASSWORD))

    assert.equal(run.exitCode, 0, run.stderr)
    assert.include(run.stdout, 'Created editor "ann" <ann@example.org>')
    const user = await User.findByOrFail('email', 'ann@example.org')
    assert.equal(user.role, 'editor')
    assert.isTrue(await hash.verify(user.password, STRONG_PASSWORD))
    const event = await AuditEvent.findByOrFail('event', 'user.created')
    assert.containsSubset(event.toJSON(), { via: 'cli', subjectUserId: user.id, actorId: null })
  })

  test('asks on a terminal for every value not given as a flag', async ({ assert }) => {
    const run = await runCommand(UserCreate, [], (command) => {
      typesPassword(STRONG_PASSWORD)(command)
      command.prompt.trap('Email').replyWith('Bob@Example.org')
      command.prompt.trap('Username').replyWith('bob')
      command.prompt.trap('Role').chooseOption(2)
    })

    assert.equal(run.exitCode, 0, run.stderr)
    const user = await User.findByOrFail('username', 'bob')
    assert.equal(user.email, 'bob@example.org')
    assert.equal(user.role, 'author')
  })

  test('prints the new account as JSON with --json, without secrets', async ({ assert }) => {
    const run = await runCommand(UserCreate, [...flags(), '--json'], typesPassword(STRONG_PASSWORD))

    assert.equal(run.exitCode, 0, run.stderr)
    const json = run.json()
    assert.containsSubset(json, {
      email: 'ann@example.org',
      username: 'ann',
      role: 'editor',
      emailVerifiedAt: null,
      locked: false,
      twoFactorEnabled: false,
      failedLoginCount: 0,
    })
    assert.notProperty(json, 'password')
    assert.notProperty(json, 'twoFactorSecret')
  })

  test('refuses to run without a password source when no one is at a terminal', async ({
    assert,
  }) => {
    const run = await runCommand(UserCreate, flags())

    assert.equal(run.exitCode, 1)
    assert.equal(run.stderr, 'Pass the password on stdin with --password-stdin.')
    assert.isNull(await User.findBy('email', 'ann@example.org'))
  })

  test('refuses a password typed differently the second time', async ({ assert }) => {
    const run = await runCommand(
      UserCreate,
      flags(),
      typesPassword(STRONG_PASSWORD, `${STRONG_PASSWORD}!`)
    )

    assert.equal(run.exitCode, 1)
    assert.equal(run.stderr, 'The password and its confirmation do not match.')
  })

  test('refuses an invalid email in one sentence', async ({ assert }) => {
    const run = await runCommand(
      UserCreate,
      flags({ email: 'not-an-email' }),
      typesPassword(STRONG_PASSWORD)
    )

    assert.equal(run.exitCode, 1)
    assert.equal(run.stderr, 'The email field must be a valid email address.')
    assert.lengthOf(await User.all(), 0)
  })

  test('refuses a weak password', async ({ assert }) => {
    const run = await runCommand(UserCreate, flags(), typesPassword('Zq7-short'))

    assert.equal(run.exitCode, 1)
    assert.include(run.stderr, 'The password must have at least 12 characters')
  })

  test('refuses an unknown role and lists the roles', async ({ assert }) => {
    const run = await runCommand(
      UserCreate,
      flags({ role: 'owner' }),
      typesPassword(STRONG_PASSWORD)
    )

    assert.equal(run.exitCode, 1)
    assert.equal(
      run.stderr,
      'The role field must be one of the listed choices (admin, editor, author, member).'
    )
  })

  test('refuses an email or a username already taken, whatever the case', async ({ assert }) => {
    await makeUser({ email: 'ann@example.org', username: 'someone' })
    await makeUser({ email: 'other@example.org', username: 'bob' })

    const email = await runCommand(
      UserCreate,
      flags({ email: 'ANN@example.org', username: 'new-ann' }),
      typesPassword(STRONG_PASSWORD)
    )
    const username = await runCommand(
      UserCreate,
      flags({ email: 'bob2@example.org', username: 'BOB' }),
      typesPassword(STRONG_PASSWORD)
    )

    assert.equal(email.exitCode, 1)
    assert.equal(email.stderr, 'This email is already taken.')
    assert.equal(username.exitCode, 1)
    assert.equal(username.stderr, 'This username is already taken.')
  })
})
