import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import db from '@adonisjs/lucid/services/db'
import encryption from '@adonisjs/core/services/encryption'
import User from '#models/user'
import Setting from '#models/setting'
import AuditEvent from '#models/audit_event'
import KeyRotate from '../../../commands/key_rotate.js'
import { configuredAppKeys } from '#config/encryption'
import { smtpServer } from '#services/mail_settings'
import { activeAppKeys, useAppKeys } from '#support/app_keys'
import { generateAppKey, updateEnvFile } from '#support/env_file'
import { envFilePath } from '#support/instance'
import { openTotpSecret } from '#support/second_factor'
import { installSite } from '#tests/helpers/install'
import { enableTwoFactorFor } from '#tests/helpers/two_factor'
import { runCommand } from '../users_cli/run_command.js'
import {
  currentKey,
  envFileKeys,
  envFileMode,
  isolateKeyRotation,
  storedValuesReadableBy,
} from './key_rotation_state.js'

const SMTP_PASSWORD = 'smtp-Secret-7'

/** An installed site with an SMTP password in the settings and an admin using 2FA. */
async function siteWithSecrets() {
  await installSite({
    mail: {
      host: 'smtp.example.org',
      port: 587,
      user: 'mailer',
      password: SMTP_PASSWORD,
      fromAddress: 'site@example.org',
    },
  })
  const admin = await User.findByOrFail('username', 'admin')
  const { secret } = await enableTwoFactorFor(admin)
  return { admin, totpSecret: secret }
}

const rotate = (...flags: string[]) => runCommand(KeyRotate, ['--force', ...flags])

test.group('key:rotate', (group) => {
  isolateKeyRotation(group)

  test('two rotations keep every secret readable; --finish leaves none under a dropped key', async ({
    assert,
  }) => {
    const { admin, totpSecret } = await siteWithSecrets()
    const readBack = async () => {
      const smtp = await smtpServer()
      assert.equal(smtp.password, SMTP_PASSWORD)
      assert.equal(openTotpSecret(await User.findOrFail(admin.id)), totpSecret)
    }
    const original = currentKey()

    const first = await rotate()
    assert.equal(first.exitCode, 0, first.stderr)
    const firstKey = currentKey()
    assert.notEqual(firstKey, original)
    assert.deepEqual(await envFileKeys(), { APP_KEY: firstKey, APP_KEY_PREVIOUS: original })
    await readBack()

    const second = await rotate()
    assert.equal(second.exitCode, 0, second.stderr)
    const secondKey = currentKey()
    assert.notInclude([original, firstKey], secondKey)
    assert.deepEqual(await envFileKeys(), {
      APP_KEY: secondKey,
      APP_KEY_PREVIOUS: `${firstKey},${original}`,
    })
    await readBack()

    const finish = await rotate('--finish')
    assert.equal(finish.exitCode, 0, finish.stderr)
    assert.deepEqual(await envFileKeys(), { APP_KEY: secondKey, APP_KEY_PREVIOUS: undefined })
    assert.equal(await envFileMode(), 0o600)
    assert.deepEqual(activeAppKeys(), [secondKey])
    await readBack()

    const stored = await storedValuesReadableBy([secondKey])
    assert.isAtLeast(stored.length, 2)
    assert.isTrue(stored.every((value) => value.readable))
    for (const dropped of [original, firstKey]) {
      const underDropped = await storedValuesReadableBy([dropped])
      assert.isTrue(
        underDropped.every((value) => !value.readable),
        `readable with ${dropped}`
      )
    }
  })

  test('keeps the rest of .env and writes it with mode 0600', async ({ assert }) => {
    await siteWithSecrets()
    const before = await readFile(envFilePath(), 'utf8')
    assert.include(before, 'DB_CONNECTION=')

    const run = await rotate()

    assert.equal(run.exitCode, 0, run.stderr)
    const after = await readFile(envFilePath(), 'utf8')
    const untouched = (text: string) => text.split('\n').filter((line) => !/^APP_KEY/.test(line))
    assert.deepEqual(untouched(after), untouched(before))
    assert.equal(await envFileMode(), 0o600)
    assert.include(run.stdout, 'Restart every app process')
  })

  test('re-encrypts more secrets than one batch holds', async ({ assert }) => {
    await siteWithSecrets()
    const now = new Date()
    // In several inserts: SQLite caps how many rows one statement may hold.
    for (let start = 0; start < 1200; start += 200) {
      await db.table('settings').multiInsert(
        Array.from({ length: 200 }, (_, offset) => ({
          key: `test.secret.${String(start + offset).padStart(4, '0')}`,
          value: encryption.encrypt(JSON.stringify(start + offset)),
          is_secret: true,
          created_at: now,
          updated_at: now,
        }))
      )
    }

    const run = await rotate('--json')

    assert.equal(run.exitCode, 0, run.stderr)
    assert.equal(run.json().reencrypted['settings.value'], 1201)
    const stored = await storedValuesReadableBy([currentKey()])
    assert.lengthOf(stored, 1202)
    assert.isTrue(stored.every((value) => value.readable))
  })

  test('a secret no key can read stops the rotation and changes nothing', async ({ assert }) => {
    const { admin } = await siteWithSecrets()
    await Setting.create({ key: 'test.broken', value: 'not-a-ciphertext', isSecret: true })
    const smtpPassword = await Setting.findOrFail('mail.smtp.password')
    const stranger = await User.create({
      email: 'stranger@example.org',
      username: 'stranger',
      password: 'Correct-Horse-42-battery',
      role: 'member',
      // Encrypted, but for another purpose: it cannot be opened as a TOTP secret.
      twoFactorSecret: smtpPassword.value,
    })
    const rowsBefore = {
      settings: await Setting.query().where('is_secret', true).orderBy('key'),
      users: await User.query().orderBy('id'),
    }
    const envBefore = await readFile(envFilePath(), 'utf8')
    const keysBefore = activeAppKeys()

    const run = await rotate()

    assert.equal(run.exitCode, 1)
    assert.equal(
      run.stderr,
      'Nothing was changed: 2 stored secrets do not decrypt with the configured keys: ' +
        `settings.value (key "test.broken"), users.two_factor_secret (id ${stranger.id}).`
    )
    assert.equal(await readFile(envFilePath(), 'utf8'), envBefore)
    assert.deepEqual(activeAppKeys(), keysBefore)
    const settingsAfter = await Setting.query().where('is_secret', true).orderBy('key')
    assert.deepEqual(
      settingsAfter.map((row) => row.value),
      rowsBefore.settings.map((row) => row.value)
    )
    const usersAfter = await User.query().orderBy('id')
    assert.deepEqual(
      usersAfter.map((row) => row.twoFactorSecret),
      rowsBefore.users.map((row) => row.twoFactorSecret)
    )
    assert.isNotNull(openTotpSecret(await User.findOrFail(admin.id)))
    assert.isNull(await AuditEvent.findBy('event', 'key.rotated'))
  })

  test('a .env that cannot be written rolls the re-encryption back', async ({ assert }) => {
    const { admin } = await siteWithSecrets()
    const storedBefore = await Setting.findOrFail('mail.smtp.password')
    process.env.FILAMENTA_ENV_FILE = `tmp/no-such-folder-${randomUUID()}/.env`

    const run = await rotate()

    assert.equal(run.exitCode, 1)
    assert.match(
      run.stderr,
      /^Could not write \S+no-such-folder\S+ \(ENOENT\), so nothing was changed\.$/
    )
    const storedAfter = await Setting.findOrFail('mail.smtp.password')
    assert.equal(storedAfter.value, storedBefore.value)
    assert.deepEqual(activeAppKeys(), configuredAppKeys)
    assert.isNotNull(openTotpSecret(await User.findOrFail(admin.id)))
    assert.isNull(await AuditEvent.findBy('event', 'key.rotated'))
  })

  test('refuses without --force when no one can confirm', async ({ assert }) => {
    await siteWithSecrets()
    const envBefore = await readFile(envFilePath(), 'utf8')

    const run = await runCommand(KeyRotate, [])

    assert.equal(run.exitCode, 1)
    assert.equal(run.stderr, 'Pass --force to go ahead without confirmation.')
    assert.equal(await readFile(envFilePath(), 'utf8'), envBefore)
    assert.deepEqual(activeAppKeys(), configuredAppKeys)
  })

  test('asks first on a terminal, and "no" changes nothing', async ({ assert }) => {
    await siteWithSecrets()
    const envBefore = await readFile(envFilePath(), 'utf8')

    const run = await runCommand(KeyRotate, [], (command) => {
      command.interactive = true
      command.prompt.trap('Replace APP_KEY and re-encrypt every stored secret?').reject()
    })

    assert.equal(run.exitCode, 1)
    assert.equal(run.stderr, 'Nothing was changed.')
    assert.equal(await readFile(envFilePath(), 'utf8'), envBefore)
  })

  test('--json reports the counts and never a key; the trail has no key either', async ({
    assert,
  }) => {
    await siteWithSecrets()
    const original = currentKey()

    const rotated = await rotate('--json')
    const finished = await rotate('--finish', '--json')

    assert.equal(rotated.exitCode, 0, rotated.stderr)
    assert.deepEqual(rotated.json(), {
      envFile: envFilePath(),
      reencrypted: { 'settings.value': 1, 'users.two_factor_secret': 1 },
      previousKeys: 1,
      envFileHeldActiveKey: true,
    })
    assert.deepEqual(finished.json(), {
      envFile: envFilePath(),
      reencrypted: { 'settings.value': 0, 'users.two_factor_secret': 0 },
      droppedKeys: 1,
    })
    const events = await AuditEvent.query().whereIn('event', [
      'key.rotated',
      'key.rotation_finished',
    ])
    assert.deepEqual(events.map((event) => [event.event, event.via]).sort(), [
      ['key.rotated', 'cli'],
      ['key.rotation_finished', 'cli'],
    ])
    for (const text of [rotated.stdout, finished.stdout, ...events.map((e) => e.details ?? '')]) {
      assert.notInclude(text, original)
      assert.notInclude(text, currentKey())
    }
  })

  test('warns when .env did not hold the key the site runs with', async ({ assert }) => {
    await siteWithSecrets()
    // As when a service manager sets APP_KEY and .env holds some other value.
    await updateEnvFile(envFilePath(), { APP_KEY: generateAppKey() })

    const run = await rotate()

    assert.equal(run.exitCode, 0, run.stderr)
    assert.include(run.stdout, 'did not hold the APP_KEY this site runs with')
  })
})

test.group('key:rotate --finish', (group) => {
  isolateKeyRotation(group)

  test('re-encrypts a secret a process still on the old key saved meanwhile', async ({
    assert,
  }) => {
    await siteWithSecrets()
    const original = currentKey()
    await rotate()
    const newKeys = activeAppKeys()
    const member = await User.create({
      email: 'late@example.org',
      username: 'late',
      password: 'Correct-Horse-42-battery',
      role: 'member',
    })
    // A web process not restarted yet still encrypts with the original key.
    await useAppKeys([original])
    const { secret } = await enableTwoFactorFor(member)
    await useAppKeys(newKeys)

    const run = await rotate('--finish', '--json')

    assert.equal(run.exitCode, 0, run.stderr)
    assert.deepEqual(run.json().reencrypted, { 'settings.value': 0, 'users.two_factor_secret': 1 })
    assert.equal(openTotpSecret(await User.findOrFail(member.id)), secret)
    const stored = await storedValuesReadableBy([currentKey()])
    assert.isTrue(stored.every((value) => value.readable))
  })

  test('refuses while a secret no key reads is stored, and keeps the previous key', async ({
    assert,
  }) => {
    await siteWithSecrets()
    await rotate()
    const keysBefore = await envFileKeys()
    await Setting.create({ key: 'test.broken', value: 'not-a-ciphertext', isSecret: true })

    const run = await rotate('--finish')

    assert.equal(run.exitCode, 1)
    assert.include(run.stderr, 'settings.value (key "test.broken")')
    assert.deepEqual(await envFileKeys(), keysBefore)
    assert.lengthOf(activeAppKeys(), 2)
    assert.isNull(await AuditEvent.findBy('event', 'key.rotation_finished'))
  })

  test('has nothing to do when no previous key is configured', async ({ assert }) => {
    await siteWithSecrets()
    const envBefore = await readFile(envFilePath(), 'utf8')

    const run = await rotate('--finish')

    assert.equal(run.exitCode, 0, run.stderr)
    assert.equal(run.stdout, 'Nothing to finish: no previous key is configured.')
    assert.equal(await readFile(envFilePath(), 'utf8'), envBefore)
  })
})
