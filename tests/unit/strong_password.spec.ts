import { test } from '@japa/runner'
import { isStrongPassword } from '#validators/rules/strong_password'

test.group('Password strength', () => {
  test('refuses short or one-kind passwords', ({ assert }) => {
    for (const weak of [
      '',
      'Sh0rt!',
      'password1234',
      'PASSWORD1234',
      'abcdefghijkl',
      '123456789012',
    ]) {
      assert.isFalse(isStrongPassword(weak), weak)
    }
  })

  test('accepts 12 characters of three kinds, or a long passphrase', ({ assert }) => {
    for (const strong of ['Correct-horse-1', 'abcDEF123456', 'correct horse battery staple']) {
      assert.isTrue(isStrongPassword(strong), strong)
    }
  })
})

test.group('Common passwords', () => {
  test('passwords from the shipped leak list are recognised, whatever their case', async ({
    assert,
  }) => {
    const { isCommonPassword } = await import('#support/password_strength')
    assert.isTrue(isCommonPassword('password1234'))
    assert.isTrue(isCommonPassword('PASSWORD1234'))
    assert.isFalse(isCommonPassword('Correct-Horse-42-battery'))
  })
})
