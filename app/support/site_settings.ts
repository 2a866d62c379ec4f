import { isInstalled } from '#support/install_state'
import { forgetSettings } from '#support/settings_store'
import { getSetting } from '#support/settings/get_setting'
import { isSupportedLocale, type SupportedLocale } from '#support/locales'

export const DEFAULT_SITE_NAME = 'Filamenta'

/** Where the layout finds the uploaded logo; the version makes a new logo a new URL. */
export const SITE_LOGO_PATH = '/site/logo'

/*
| The settings every page needs. They come from the settings cache, so a
| warm process answers without a query; before the install there is no
| table to read and the defaults apply.
*/

export async function siteName(): Promise<string> {
  if (!(await isInstalled())) return DEFAULT_SITE_NAME
  return getSetting('site.name')
}

export async function siteLocale(): Promise<SupportedLocale> {
  if (!(await isInstalled())) return 'en'
  const locale = await getSetting('site.locale')
  return isSupportedLocale(locale) ? locale : 'en'
}

/** Name, logo address and footer text for the layout's header and footer. */
export async function siteBranding(): Promise<{
  name: string
  logoUrl: string | null
  footer: string | null
}> {
  if (!(await isInstalled())) return { name: DEFAULT_SITE_NAME, logoUrl: null, footer: null }
  const [name, logo, footer] = await Promise.all([
    getSetting('site.name'),
    getSetting('site.logo'),
    getSetting('site.footer'),
  ])
  return {
    name,
    logoUrl: logo ? `${SITE_LOGO_PATH}?v=${encodeURIComponent(logo.version)}` : null,
    footer: footer || null,
  }
}

/**
 * Kept for the callers that cleared the old per-process memo: the settings
 * cache is dropped on every write already, this drops it on demand.
 */
export function forgetSiteSettings(): Promise<void> {
  return forgetSettings()
}
