import { test } from '@japa/runner'
import AuditEvent from '#models/audit_event'
import { saveSetting } from '#support/settings_store'
import { getSetting } from '#support/settings/get_setting'
import { DECLARED_SETTINGS } from '#support/settings/registry'
import { installSite, isolateInstallState } from '#tests/helpers/install'
import SettingsList from '../../../commands/settings_list.js'
import SettingsGet from '../../../commands/settings_get.js'
import SettingsSet from '../../../commands/settings_set.js'
import { runCommand } from '../users_cli/run_command.js'
import { settingsChanges, storedRows } from './helpers.js'

const PASSWORD = 'Smtp-Secret-7f3a-kiwi'

test.group('settings:list and settings:get', (group) => {
  isolateInstallState(group)
  group.each.setup(async () => {
    await installSite()
    await saveSetting('mail.smtp.password', PASSWORD, { secret: true })
  })

  test('--json prints every setting, secrets masked', async ({ assert }) => {
    const run = await runCommand(SettingsList, ['--json'])

    assert.equal(run.exitCode, 0)
    const settings = run.json()
    assert.deepEqual(
      settings.map((setting: { key: string }) => setting.key),
      DECLARED_SETTINGS.map((setting) => setting.key)
    )
    assert.deepEqual(
      settings.find((s: any) => s.key === 'site.name'),
      {
        key: 'site.name',
        group: 'site',
        type: 'string',
        value: 'Test site',
        default: 'Filamenta',
        secret: false,
        isSet: true,
      }
    )
    assert.containsSubset(
      settings.find((s: any) => s.key === 'mail.smtp.password'),
      {
        type: 'secret',
        value: null,
        secret: true,
        isSet: true,
      }
    )
    assert.notInclude(run.stdout, PASSWORD)
  })

  test('prints a table, one group with --group', async ({ assert }) => {
    const run = await runCommand(SettingsList, ['--group', 'mail'])

    assert.equal(run.exitCode, 0)
    assert.match(run.stdout, /mail\.smtp\.password.*secret.*\(set\)/)
    assert.match(run.stdout, /mail\.smtp\.port.*int.*587/)
    assert.notInclude(run.stdout, 'site.name')
    assert.notInclude(run.stdout, PASSWORD)
  })

  test('refuses an unknown group', async ({ assert }) => {
    const run = await runCommand(SettingsList, ['--group', 'billing'])

    assert.equal(run.exitCode, 1)
    assert.include(run.stderr, 'There is no group "billing"')
  })

  test('settings:get prints a value, as JSON with --json', async ({ assert }) => {
    const plain = await runCommand(SettingsGet, ['site.name'])
    assert.equal(plain.exitCode, 0)
    assert.equal(plain.stdout, 'Test site')

    const json = await runCommand(SettingsGet, ['security.login_rate_limits', '--json'])
    assert.deepEqual(json.json(), { perIp: 20, perAccount: 10, windowMinutes: 15 })
  })

  test('settings:get refuses an unknown key', async ({ assert }) => {
    const run = await runCommand(SettingsGet, ['site.colour'])

    assert.equal(run.exitCode, 1)
    assert.include(run.stderr, 'There is no setting "site.colour".')
  })

  test('settings:get does not print a secret without --reveal', async ({ assert }) => {
    const run = await runCommand(SettingsGet, ['mail.smtp.password'])

    assert.equal(run.exitCode, 1)
    assert.include(run.stderr, 'mail.smtp.password is a secret and is set; add --reveal')
    assert.notInclude(run.stdout + run.stderr, PASSWORD)
  })

  test('settings:get --reveal prints a secret and records it', async ({ assert }) => {
    const run = await runCommand(SettingsGet, ['mail.smtp.password', '--reveal'])

    assert.equal(run.exitCode, 0)
    assert.equal(run.stdout, PASSWORD)
    const event = await AuditEvent.findByOrFail('event', 'settings.secret.revealed')
    assert.equal(event.via, 'cli')
    assert.equal(event.targetId, 'mail.smtp.password')
  })
})

test.group('settings:set', (group) => {
  isolateInstallState(group)
  group.each.setup(async () => {
    await installSite()
  })

  test('sets a value and records it as done from the CLI', async ({ assert }) => {
    const run = await runCommand(SettingsSet, ['site.name', 'Atelier Rouge'])

    assert.equal(run.exitCode, 0)
    assert.include(run.stdout, 'site.name is saved.')
    assert.equal(await getSetting('site.name'), 'Atelier Rouge')
    const [entry] = await settingsChanges()
    assert.equal(entry.event.via, 'cli')
    assert.isNull(entry.event.actorId)
    assert.deepEqual(entry.changes, {
      before: { 'site.name': 'Test site' },
      after: { 'site.name': 'Atelier Rouge' },
    })
  })

  test('reads each type from its text', async ({ assert }) => {
    const values: [string, string, unknown][] = [
      ['mail.smtp.port', '2525', 2525],
      ['accounts.registration_open', 'true', true],
      ['site.locale', 'fr', 'fr'],
      ['security.two_factor_required_roles', 'editor, admin', ['admin', 'editor']],
      ['security.login_rate_limits', '{"perIp":9,"perAccount":4,"windowMinutes":1}', null],
      ['mail.from.address', '', null],
    ]
    for (const [key, text, expected] of values) {
      const run = await runCommand(SettingsSet, [key, text])
      assert.equal(run.exitCode, 0, `${key}: ${run.stderr}`)
      if (expected !== null) assert.deepEqual(await getSetting(key as any), expected)
    }
    assert.deepEqual(await getSetting('security.login_rate_limits'), {
      perIp: 9,
      perAccount: 4,
      windowMinutes: 1,
    })
    assert.isNull(await getSetting('mail.from.address'))
  })

  test('--reset puts the default back', async ({ assert }) => {
    const run = await runCommand(SettingsSet, ['site.name', '--reset'])

    assert.equal(run.exitCode, 0)
    assert.equal(await getSetting('site.name'), 'Filamenta')
  })

  const refusals: [string, string[], string][] = [
    ['an unknown key', ['site.colour', 'red'], 'There is no setting "site.colour".'],
    [
      'an empty required text',
      ['site.name', ''],
      'Invalid value for site.name: This field is required.',
    ],
    [
      'text for a number',
      ['mail.smtp.port', 'abc'],
      'Invalid value for mail.smtp.port: Enter a whole number.',
    ],
    [
      'a number out of range',
      ['security.lockout_threshold', '99'],
      'Invalid value for security.lockout_threshold: Enter a number between 3 and 20.',
    ],
    [
      'a choice not in the list',
      ['site.locale', 'de'],
      'Invalid value for site.locale: Choose one of the listed values. The choices: en, fr.',
    ],
    [
      'invalid JSON',
      ['security.login_rate_limits', '{perIp'],
      'Invalid value for security.login_rate_limits: This is not valid JSON.',
    ],
    [
      'an invalid email',
      ['mail.from.address', 'nobody'],
      'Invalid value for mail.from.address: Enter a valid email address.',
    ],
    [
      'a word for yes or no',
      ['accounts.registration_open', 'perhaps'],
      'Invalid value for accounts.registration_open: Enter yes or no (true or false).',
    ],
    ['a secret on the command line', ['mail.smtp.password', PASSWORD], 'is a secret: pipe it'],
    ['the logo', ['site.logo', '/tmp/logo.png'], 'site.logo is an image: upload it'],
    ['a value and --reset', ['site.name', 'X', '--reset'], 'Give either a value or --reset'],
  ]
  for (const [title, argv, sentence] of refusals) {
    test(`refuses ${title} with exit code 1 and a sentence`, async ({ assert }) => {
      const before = await storedRows()

      const run = await runCommand(SettingsSet, argv)

      assert.equal(run.exitCode, 1)
      assert.include(run.stderr, sentence)
      assert.deepEqual(await storedRows(), before)
      assert.lengthOf(await settingsChanges(), 0)
    })
  }
})
