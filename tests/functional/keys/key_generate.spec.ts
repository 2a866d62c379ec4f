import { test } from '@japa/runner'
import KeyGenerate from '../../../commands/key_generate.js'
import { encrypterFor } from '#support/app_keys'
import { isUsableAppKey } from '#support/env_file'
import { runCommand } from '../users_cli/run_command.js'

test.group('key:generate', () => {
  test('prints a new 256-bit key, different each time, that the app can encrypt with', async ({
    assert,
  }) => {
    const first = await runCommand(KeyGenerate, [])
    const second = await runCommand(KeyGenerate, [])

    assert.equal(first.exitCode, 0, first.stderr)
    assert.match(first.stdout, /^[\w-]{43}$/)
    assert.equal(Buffer.from(first.stdout, 'base64url').length, 32)
    assert.notEqual(second.stdout, first.stdout)
    assert.isTrue(isUsableAppKey(first.stdout))
    const encrypter = await encrypterFor([first.stdout])
    assert.equal(encrypter.decrypt(encrypter.encrypt('hello')), 'hello')
  })
})
