import { appUrl } from '#config/app'
import { readSetting } from '#support/settings_store'

/**
 * An absolute link to a page of the site, for messages read outside it: the
 * public address saved at install (`site.url`), else APP_URL.
 */
export async function siteLink(path: string): Promise<string> {
  const base = (await readSetting<string | null>('site.url', null)) || appUrl
  return `${base.replace(/\/+$/, '')}${path}`
}
