import app from '@adonisjs/core/services/app'
import { defineConfig, formatters, loaders } from '@adonisjs/i18n'
import { SUPPORTED_LOCALES } from '#support/locales'

const i18nConfig = defineConfig({
  defaultLocale: 'en',
  supportedLocales: [...SUPPORTED_LOCALES],
  formatter: formatters.icu(),
  loaders: [loaders.fs({ location: app.languageFilesPath() })],
})

export default i18nConfig
