import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import hash from '@adonisjs/core/services/hash'
import User from '#models/user'
import AuditEvent from '#models/audit_event'
import ResetPasswordNotification from '#mails/reset_password_notification'
import { assertFieldError } from '#tests/helpers/form_errors'
import { installSite, isolateInstallState, STRONG_PASSWORD } from '#tests/helpers/install'
import { seedUsers } from '#tests/helpers/users'

test.group('Admin users / create and edit', (group) => {
  isolateInstallState(group)
  let admin: User
  group.each.setup(async () => {
    await installSite()
    admin = await User.findByOrFail('username', 'admin')
    return () => mail.restore()
  })

  const post = (client: any, url: string, form: Record<string, unknown>) =>
    client.post(url).loginAs(admin).withCsrfToken().form(form).redirects(0)

  test('creates an account that can sign in, and records it', async ({ client, assert }) => {
    const form = await client.get('/admin/users/create').loginAs(admin)
    form.assertStatus(200)
    form.assertTextIncludes('name="password"')

    const response = await post(client, '/admin/users', {
      username: 'newbie',
      email: 'NewBie@Example.org',
      role: 'author',
      password: STRONG_PASSWORD,
    })
    const user = await User.findByOrFail('username', 'newbie')
    response.assertHeader('location', `/admin/users/${user.id}`)
    assert.equal(user.email, 'newbie@example.org')
    assert.equal(user.role, 'author')
    assert.isTrue(await hash.verify(user.password, STRONG_PASSWORD))
    const event = await AuditEvent.findByOrFail('event', 'user.created')
    assert.equal(event.actorId, admin.id)
  })

  test('refuses bad input field by field and creates nothing', async ({ client, assert }) => {
    await seedUsers([{ username: 'taken', email: 'taken@example.org' }])
    const cases: [Record<string, unknown>, string, string?][] = [
      [
        { email: 'a@example.org', role: 'member', password: STRONG_PASSWORD },
        'username',
        'The Username field is required',
      ],
      [
        { username: 'x', email: 'a@example.org', role: 'member', password: STRONG_PASSWORD },
        'username',
      ],
      [
        {
          username: 'bad name!',
          email: 'a@example.org',
          role: 'member',
          password: STRONG_PASSWORD,
        },
        'username',
        'The username may contain only letters, digits, dots, dashes and underscores',
      ],
      [
        { username: 'TAKEN', email: 'a@example.org', role: 'member', password: STRONG_PASSWORD },
        'username',
        'This Username is already taken',
      ],
      [
        { username: 'fresh', email: 'not-an-email', role: 'member', password: STRONG_PASSWORD },
        'email',
      ],
      [
        {
          username: 'fresh',
          email: 'Taken@example.org',
          role: 'member',
          password: STRONG_PASSWORD,
        },
        'email',
      ],
      [
        { username: 'fresh', email: 'a@example.org', role: 'root', password: STRONG_PASSWORD },
        'role',
      ],
      [
        { username: 'fresh', email: 'a@example.org', role: 'member', password: 'password123' },
        'password',
      ],
      [{ username: 'fresh', email: 'a@example.org', role: 'member' }, 'password'],
    ]
    for (const [form, field, message] of cases) {
      const response = await post(client, '/admin/users', form)
      response.assertStatus(302)
      assertFieldError(response, field, message)
    }
    assert.equal(
      await User.query()
        .count('* as total')
        .first()
        .then((row: any) => Number(row.$extras.total)),
      2
    )
  })

  test('messages come in French for a French admin', async ({ client }) => {
    admin.locale = 'fr'
    await admin.save()
    const response = await post(client, '/admin/users', { username: 'x', role: 'member' })
    assertFieldError(response, 'email', 'Le champ Adresse e-mail est obligatoire')
  })

  test('edits an account; a new email loses its confirmation', async ({ client, assert }) => {
    const [user] = await seedUsers([{ username: 'ed', email: 'ed@example.org' }])
    user.emailVerifiedAt = user.createdAt
    await user.save()
    const form = await client.get(`/admin/users/${user.id}/edit`).loginAs(admin)
    form.assertStatus(200)
    form.assertTextIncludes('value="ed@example.org"')

    const response = await post(client, `/admin/users/${user.id}/edit`, {
      username: 'edward',
      email: 'edward@example.org',
      fullName: 'Edward Example',
      locale: 'fr',
    })
    response.assertHeader('location', `/admin/users/${user.id}`)
    await user.refresh()
    assert.equal(user.username, 'edward')
    assert.equal(user.fullName, 'Edward Example')
    assert.equal(user.locale, 'fr')
    assert.isNull(user.emailVerifiedAt)
  })

  test('edit refuses a taken email or username but accepts its own', async ({ client, assert }) => {
    const [ann] = await seedUsers([{ username: 'ann' }, { username: 'ben' }])
    const own = await post(client, `/admin/users/${ann.id}/edit`, {
      username: 'ANN',
      email: 'ann@example.org',
    })
    own.assertHeader('location', `/admin/users/${ann.id}`)
    const taken = await post(client, `/admin/users/${ann.id}/edit`, {
      username: 'ben',
      email: 'ben@example.org',
    })
    assertFieldError(taken, 'username')
    assertFieldError(taken, 'email')
    await ann.refresh()
    assert.equal(ann.username, 'ANN')
  })

  test('unknown records, resources and actions are 404', async ({ client }) => {
    for (const url of [
      '/admin/users/99999',
      '/admin/users/abc',
      '/admin/users/0/edit',
      '/admin/nope',
      `/admin/users/${admin.id}/actions/launch`,
    ]) {
      const response = await client.get(url).loginAs(admin)
      response.assertStatus(404)
    }
  })

  test('a form posted without its CSRF token changes nothing', async ({ client, assert }) => {
    const response = await client
      .post('/admin/users')
      .loginAs(admin)
      .form({
        username: 'sneaky',
        email: 's@example.org',
        role: 'admin',
        password: STRONG_PASSWORD,
      })
      .redirects(0)
    assert.notEqual(response.status(), 200)
    assert.isNull(await User.findBy('username', 'sneaky'))
  })
})

test.group('Admin users / actions', (group) => {
  isolateInstallState(group)
  let admin: User
  let member: User
  group.each.setup(async () => {
    await installSite()
    admin = await User.findByOrFail('username', 'admin')
    ;[member] = await seedUsers([{ username: 'member' }])
    return () => mail.restore()
  })

  const post = (client: any, url: string, form: Record<string, unknown> = {}) =>
    client.post(url).loginAs(admin).withCsrfToken().form(form).redirects(0)

  test('changes a role, with a confirmation page asking for it', async ({ client, assert }) => {
    const page = await client.get(`/admin/users/${member.id}/actions/change-role`).loginAs(admin)
    page.assertStatus(200)
    page.assertTextIncludes('Change the role of member?')
    const response = await post(client, `/admin/users/${member.id}/actions/change-role`, {
      role: 'editor',
    })
    response.assertHeader('location', `/admin/users/${member.id}`)
    await member.refresh()
    assert.equal(member.role, 'editor')
    const event = await AuditEvent.findByOrFail('event', 'user.role.changed')
    assert.equal(event.subjectUserId, member.id)

    const bad = await post(client, `/admin/users/${member.id}/actions/change-role`, {
      role: 'overlord',
    })
    assertFieldError(bad, 'role')
  })

  test('the last administrator cannot demote or delete themselves', async ({ client, assert }) => {
    const demote = await client
      .post(`/admin/users/${admin.id}/actions/change-role`)
      .loginAs(admin)
      .withCsrfToken()
      .header('referer', `/admin/users/${admin.id}`)
      .form({ role: 'member' })
      .redirects(0)
    demote.assertStatus(302)
    demote.assertFlashMessage(
      'error',
      'This is the last administrator: make another user an administrator first.'
    )
    await admin.refresh()
    assert.equal(admin.role, 'admin')

    const remove = await post(client, `/admin/users/${admin.id}/delete`)
    remove.assertFlashMessage(
      'error',
      'This is the last administrator: make another user an administrator first.'
    )
    assert.isNotNull(await User.find(admin.id))

    // With a second administrator, stepping down is allowed.
    member.role = 'admin'
    await member.save()
    const allowed = await post(client, `/admin/users/${admin.id}/actions/change-role`, {
      role: 'editor',
    })
    allowed.assertHeader('location', `/admin/users/${admin.id}`)
    await admin.refresh()
    assert.equal(admin.role, 'editor')
  })

  test('locks for some minutes or indefinitely, and unlocks', async ({ client, assert }) => {
    await post(client, `/admin/users/${member.id}/actions/lock`, { minutes: '30' })
    await member.refresh()
    assert.isTrue(member.lockedUntil! > member.createdAt)
    const minutesLeft = member.lockedUntil!.diffNow('minutes').minutes
    assert.isAbove(minutesLeft, 28)
    assert.isBelow(minutesLeft, 31)

    await post(client, `/admin/users/${member.id}/actions/unlock`)
    await member.refresh()
    assert.isNull(member.lockedUntil)

    await post(client, `/admin/users/${member.id}/actions/lock`, {})
    await member.refresh()
    assert.equal(member.lockedUntil!.year, 2037)

    for (const minutes of ['0', 'abc', '1.5', '999999999']) {
      await post(client, `/admin/users/${member.id}/actions/unlock`)
      const bad = await post(client, `/admin/users/${member.id}/actions/lock`, { minutes })
      assertFieldError(bad, 'minutes')
      await member.refresh()
      assert.isNull(member.lockedUntil, minutes)
    }
  })

  test('an admin cannot lock their own account', async ({ client, assert }) => {
    const page = await client.get(`/admin/users/${admin.id}/actions/lock`).loginAs(admin)
    page.assertStatus(403)
    const response = await post(client, `/admin/users/${admin.id}/actions/lock`)
    response.assertStatus(403)
    await admin.refresh()
    assert.isNull(admin.lockedUntil)
  })

  test('forcing a password reset stops the old password and mails a link', async ({
    client,
    assert,
  }) => {
    const { mails } = mail.fake()
    const user = await User.create({
      username: 'forced',
      email: 'forced@example.org',
      password: STRONG_PASSWORD,
      role: 'member',
    })
    await post(client, `/admin/users/${user.id}/actions/force-password-reset`)
    await user.refresh()
    assert.isFalse(await hash.verify(user.password, STRONG_PASSWORD))
    mails.assertQueued(ResetPasswordNotification, (message) =>
      message.message.hasTo('forced@example.org')
    )
    assert.isNotNull(await AuditEvent.findBy('event', 'user.password.reset_forced'))
  })

  test('marks an email as confirmed, once', async ({ client, assert }) => {
    await post(client, `/admin/users/${member.id}/actions/verify-email`)
    await member.refresh()
    assert.isNotNull(member.emailVerifiedAt)
    const again = await post(client, `/admin/users/${member.id}/actions/verify-email`)
    again.assertStatus(403)
  })

  test('deletes after confirmation', async ({ client, assert }) => {
    const page = await client.get(`/admin/users/${member.id}/delete`).loginAs(admin)
    page.assertStatus(200)
    page.assertTextIncludes('Delete user “member”?')
    const response = await post(client, `/admin/users/${member.id}/delete`)
    response.assertHeader('location', '/admin/users')
    assert.isNull(await User.find(member.id))
  })
})

test.group('Admin users / bulk actions', (group) => {
  isolateInstallState(group)
  let admin: User
  let others: User[]
  group.each.setup(async () => {
    await installSite()
    admin = await User.findByOrFail('username', 'admin')
    others = await seedUsers([{ username: 'one' }, { username: 'two' }, { username: 'three' }])
  })

  const bulk = (client: any, form: Record<string, unknown>) =>
    client.post('/admin/users/bulk').loginAs(admin).withCsrfToken().form(form).redirects(0)

  test('asks for confirmation naming the rows, then applies', async ({ client, assert }) => {
    const ids = others.slice(0, 2).map((user) => String(user.id))
    const confirm = await bulk(client, {
      action: 'lock',
      ids,
      returnTo: '/admin/users?role=member',
    })
    confirm.assertStatus(200)
    confirm.assertTextIncludes('Lock: 2 selected rows?')
    confirm.assertTextIncludes('<li>one</li>')
    for (const user of others) {
      await user.refresh()
      assert.isNull(user.lockedUntil)
    }

    const done = await bulk(client, {
      action: 'lock',
      ids,
      confirmed: '1',
      returnTo: '/admin/users?role=member',
    })
    done.assertHeader('location', '/admin/users?role=member')
    done.assertFlashMessage('success', '2 accounts locked.')
    const locked = await User.query().whereNotNull('locked_until').orderBy('id')
    assert.deepEqual(
      locked.map((user) => user.username),
      ['one', 'two']
    )

    await bulk(client, { action: 'unlock', ids, confirmed: '1' })
    assert.lengthOf(await User.query().whereNotNull('locked_until'), 0)
  })

  test('bulk delete skips the admin’s own account and says so', async ({ client, assert }) => {
    const ids = [admin.id, ...others.map((user) => user.id)].map(String)
    const done = await bulk(client, { action: 'delete', ids, confirmed: '1' })
    done.assertFlashMessage('success', '3 accounts deleted.')
    done.assertFlashMessage('error', '1 row was skipped (not allowed): admin.')
    const remaining = await User.all()
    assert.deepEqual(
      remaining.map((user) => user.username),
      ['admin']
    )
  })

  test('refuses an unknown action, an empty selection and foreign return paths', async ({
    client,
    assert,
  }) => {
    const unknown = await bulk(client, {
      action: 'launch',
      ids: [String(others[0].id)],
      confirmed: '1',
    })
    unknown.assertFlashMessage('error', 'Choose an action from the list.')
    const empty = await bulk(client, { action: 'lock', confirmed: '1' })
    empty.assertFlashMessage('error', 'Select at least one row first.')
    const missing = await bulk(client, { action: 'lock', ids: ['99999'], confirmed: '1' })
    missing.assertFlashMessage('error', 'Select at least one row first.')
    const junk = await bulk(client, {
      action: 'lock',
      ids: ['abc'],
      confirmed: '1',
      returnTo: 'https://evil.example/admin/users',
    })
    junk.assertHeader('location', '/admin/users')
    assert.lengthOf(await User.query().whereNotNull('locked_until'), 0)
  })
})
