import { test } from '@japa/runner'
import i18nManager from '@adonisjs/i18n/services/main'
import { SETTING_GROUPS } from '#support/settings/definitions'
import { DECLARED_SETTINGS, formField } from '#support/settings/registry'
import { valueValidator } from '#support/settings/validation'
import { SUPPORTED_LOCALES } from '#support/locales'

test.group('Settings / registry', () => {
  test('every setting and group has a label and a description in every language', ({ assert }) => {
    const missing: string[] = []
    for (const locale of SUPPORTED_LOCALES) {
      const i18n = i18nManager.locale(locale)
      const keys = [
        ...DECLARED_SETTINGS.flatMap((setting) => [
          `settings.fields.${setting.key}.label`,
          `settings.fields.${setting.key}.description`,
        ]),
        ...SETTING_GROUPS.flatMap((group) => [
          `settings.groups.${group}.title`,
          `settings.groups.${group}.description`,
        ]),
      ]
      missing.push(...keys.filter((key) => !i18n.hasMessage(key)).map((key) => `${locale}: ${key}`))
    }
    assert.deepEqual(missing, [])
  })

  test('every setting belongs to a group and has its own form field', ({ assert }) => {
    const fields = DECLARED_SETTINGS.map((setting) => formField(setting.key))
    assert.equal(new Set(fields).size, fields.length)
    for (const setting of DECLARED_SETTINGS) assert.include(SETTING_GROUPS, setting.group)
  })

  test('every default passes its own rules', async ({ assert }) => {
    for (const setting of DECLARED_SETTINGS) {
      if (setting.type === 'image' || setting.default === null) continue
      const text =
        typeof setting.default === 'string'
          ? setting.default
          : Array.isArray(setting.default)
            ? setting.default.join(',')
            : setting.type === 'json'
              ? JSON.stringify(setting.default)
              : String(setting.default)
      const [error] = await valueValidator(setting).tryValidate({ value: text })
      assert.isNull(error, setting.key)
    }
  })
})
