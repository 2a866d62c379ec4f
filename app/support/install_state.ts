import db from '@adonisjs/lucid/services/db'
import Installation from '#models/installation'

/**
 * Whether the site is installed. Only a positive answer is remembered: an
 * install finished by another process (the CLI, a second app instance) is
 * seen on the next request, and an installed site never asks again.
 */
let knownInstalled = false

export async function isInstalled(): Promise<boolean> {
  if (knownInstalled) return true
  try {
    const hasTable = await db.connection().schema.hasTable(Installation.table)
    if (!hasTable) return false
    knownInstalled = (await Installation.find(Installation.MARKER_ID)) !== null
  } catch {
    // No database yet (nothing configured, server down): not installed.
    return false
  }
  return knownInstalled
}

export function rememberInstalled() {
  knownInstalled = true
}

/** Tests reset the memo between cases that roll their data back. */
export function forgetInstallState() {
  knownInstalled = false
}
