import { test } from '@japa/runner'
import { encrypterFor } from '#support/app_keys'
import { generateAppKey, readEnvFile, updateEnvFile } from '#support/env_file'
import { ADMIN_PASSWORD, CliSandbox } from '../cli/cli_sandbox.js'

/**
 * Real processes on a scratch instance: each run boots with the keys its
 * `.env` holds at that moment, as a restarted site would.
 */
test.group('key:rotate across restarts', (group) => {
  let sandbox: CliSandbox
  group.each.setup(async () => {
    sandbox = await CliSandbox.create()
    return () => sandbox.cleanup()
  })

  /** Runs a command in a process booted with the sandbox's `.env` keys. */
  async function runBootedFromEnv(args: string[], extraEnv: Record<string, string> = {}) {
    const { APP_KEY, APP_KEY_PREVIOUS } = await readEnvFile(sandbox.envFile)
    return sandbox.run(args, {
      input: ADMIN_PASSWORD,
      env: { APP_KEY, APP_KEY_PREVIOUS, ...extraEnv },
    })
  }

  test('the restarted site reads the re-encrypted secret, and --finish drops the old key', async ({
    assert,
  }) => {
    const original = generateAppKey()
    await updateEnvFile(sandbox.envFile, { APP_KEY: original })
    const install = await runBootedFromEnv(
      sandbox.installFlags({
        '--smtp-host': 'smtp.example.org',
        '--smtp-user': 'mailer',
        '--mail-from': 'site@example.org',
      }),
      { SMTP_PASSWORD: 'smtp-Secret-7' }
    )
    assert.equal(install.code, 0, install.stdout)

    const rotated = await runBootedFromEnv(['key:rotate', '--force', '--json'])
    assert.equal(rotated.code, 0, rotated.stderr)
    assert.containsSubset(rotated.json(), {
      reencrypted: { 'settings.value': 1 },
      previousKeys: 1,
      envFileHeldActiveKey: true,
    })
    const { APP_KEY: newKey, APP_KEY_PREVIOUS } = await readEnvFile(sandbox.envFile)
    assert.equal(APP_KEY_PREVIOUS, original)

    // Booted with APP_KEY and APP_KEY_PREVIOUS from the rotated file.
    const finished = await runBootedFromEnv(['key:rotate', '--finish', '--force', '--json'])
    assert.equal(finished.code, 0, finished.stderr)
    assert.containsSubset(finished.json(), { reencrypted: { 'settings.value': 0 }, droppedKeys: 1 })
    const finishedEnv = await readEnvFile(sandbox.envFile)
    assert.deepEqual([finishedEnv.APP_KEY, finishedEnv.APP_KEY_PREVIOUS], [newKey, undefined])

    const stored = await sandbox.query((client) =>
      client.from('settings').where('key', 'mail.smtp.password').firstOrFail()
    )
    const [underNew, underOriginal] = await Promise.all([
      encrypterFor([newKey!]),
      encrypterFor([original]),
    ])
    assert.equal(JSON.parse(underNew.decrypt<string>(stored.value)!), 'smtp-Secret-7')
    assert.isNull(underOriginal.decrypt(stored.value))
  }).timeout(120_000)
})
