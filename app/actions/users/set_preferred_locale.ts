import type User from '#models/user'
import type { SupportedLocale } from '#support/locales'

/** Remembers the language a signed-in user picked, for pages and emails alike. */
export default class SetPreferredLocale {
  async handle(user: User, locale: SupportedLocale) {
    if (user.locale === locale) return
    user.locale = locale
    await user.save()
  }
}
