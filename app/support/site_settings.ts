import { isInstalled } from '#support/install_state'
import { readSetting } from '#support/settings_store'
import { isSupportedLocale, type SupportedLocale } from '#support/locales'

export const DEFAULT_SITE_NAME = 'Filamenta'

/**
 * The few settings every page needs, read once per process and refreshed
 * when the installer writes them. (A cross-instance cache arrives with
 * @adonisjs/cache in a later issue.)
 */
let cached: { name: string; locale: SupportedLocale } | undefined

async function load() {
  if (cached) return cached
  if (!(await isInstalled())) return { name: DEFAULT_SITE_NAME, locale: 'en' as const }
  const locale = await readSetting<string>('site.locale', 'en')
  cached = {
    name: await readSetting('site.name', DEFAULT_SITE_NAME),
    locale: isSupportedLocale(locale) ? locale : 'en',
  }
  return cached
}

export async function siteName(): Promise<string> {
  const settings = await load()
  return settings.name
}

export async function siteLocale(): Promise<SupportedLocale> {
  const settings = await load()
  return settings.locale
}

export function forgetSiteSettings() {
  cached = undefined
}
