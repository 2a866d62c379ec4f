import { Bouncer } from '@adonisjs/bouncer'
import type User from '#models/user'
import * as abilities from '#abilities/main'
import { registeredResources } from '#panel/registry'

/** One entry of the admin menu: its section key, path and label's i18n key. */
export type MenuEntry = { key: string; href: string; labelKey: string }

/**
 * The admin menu as this user may use it: the admin-only pages for
 * administrators, each resource whose policy lets them list it, and the
 * media library for everyone who enters the admin area. Policies decide
 * `viewAny` from the role, so this costs no query.
 */
export async function adminMenuFor(user: User | null | undefined): Promise<MenuEntry[]> {
  if (!user) return []
  const bouncer = new Bouncer(user, abilities)
  if (await bouncer.denies('enterAdmin')) return []
  const isAdmin = await bouncer.allows('accessAdmin')

  const entries: MenuEntry[] = []
  if (isAdmin) entries.push({ key: 'dashboard', href: '/admin', labelKey: 'admin.nav.dashboard' })
  for (const resource of registeredResources()) {
    if (await bouncer.with(await resource.policy()).allows('viewAny' as never)) {
      entries.push({
        key: resource.name,
        href: `/admin/${resource.name}`,
        labelKey: `${resource.labelKey}.plural`,
      })
    }
  }
  entries.push({ key: 'media', href: '/admin/media', labelKey: 'admin.nav.media' })
  if (isAdmin) {
    entries.push({ key: 'audit', href: '/admin/audit', labelKey: 'admin.nav.audit' })
    entries.push({ key: 'settings', href: '/admin/settings', labelKey: 'admin.nav.settings' })
  }
  return entries
}
