import { test } from '@japa/runner'
import { Bouncer } from '@adonisjs/bouncer'
import User, { type UserRole } from '#models/user'
import UserPolicy from '#policies/user_policy'
import { isolateInstallState, STRONG_PASSWORD } from '#tests/helpers/install'

let created = 0
const account = (role: UserRole) => {
  created += 1
  return User.create({
    email: `${role}${created}@example.org`,
    username: `${role}${created}`,
    password: STRONG_PASSWORD,
    role,
  })
}

const as = (actor: User) => new Bouncer(actor).with(UserPolicy)

test.group('User policy', (group) => {
  isolateInstallState(group)

  test('an admin views, edits and manages every account', async ({ assert }) => {
    const admin = await account('admin')
    const ann = await account('member')

    assert.isTrue(await as(admin).allows('viewAny'))
    assert.isTrue(await as(admin).allows('create'))
    assert.isTrue(await as(admin).allows('view', ann))
    assert.isTrue(await as(admin).allows('edit', ann))
    assert.isTrue(await as(admin).allows('changeRole', ann, 'editor'))
    assert.isTrue(await as(admin).allows('manage', ann))
    assert.isTrue(await as(admin).allows('delete', ann))
  })

  test('people view and edit themselves, and nobody else', async ({ assert }) => {
    for (const role of ['editor', 'author', 'member'] as const) {
      const self = await account(role)
      const other = await account('member')

      assert.isTrue(await as(self).allows('view', self), role)
      assert.isTrue(await as(self).allows('edit', self), role)
      assert.isFalse(await as(self).allows('view', other), role)
      assert.isFalse(await as(self).allows('edit', other), role)
      assert.isFalse(await as(self).allows('viewAny'), role)
      assert.isFalse(await as(self).allows('create'), role)
    }
  })

  test('only admins change roles, manage or delete accounts', async ({ assert }) => {
    const editor = await account('editor')
    const other = await account('member')

    assert.isFalse(await as(editor).allows('changeRole', editor, 'admin'))
    assert.isFalse(await as(editor).allows('changeRole', other, 'author'))
    assert.isFalse(await as(editor).allows('manage', other))
    assert.isFalse(await as(editor).allows('delete', other))
    assert.isFalse(await as(editor).allows('delete', editor))
  })

  test('the last admin can neither step down nor be deleted', async ({ assert }) => {
    const admin = await account('admin')

    assert.isFalse(await as(admin).allows('changeRole', admin, 'member'))
    assert.isFalse(await as(admin).allows('delete', admin))
    assert.isFalse(await as(admin).allows('manage', admin))
    assert.isTrue(await as(admin).allows('changeRole', admin, 'admin'))
  })

  test('with a second admin, an admin may step down or delete themselves', async ({ assert }) => {
    const admin = await account('admin')
    await account('admin')

    assert.isTrue(await as(admin).allows('changeRole', admin, 'member'))
    assert.isTrue(await as(admin).allows('delete', admin))
  })
})
