import { text } from 'node:stream/consumers'
import { UsageError } from '#cli/cli_failure'
import { usageMessages } from '#cli/messages'

/** Passwords the install needs; they never come from flags or the config file. */
export type InstallSecrets = {
  adminPassword?: string
  dbPassword?: string
  smtpPassword?: string
}

/**
 * Reads the admin password from stdin (`--admin-password-stdin`) or the
 * FILAMENTA_ADMIN_PASSWORD variable. Only the final line break is dropped:
 * `echo secret |` adds one, and a password may end with spaces.
 */
export async function readAdminPassword(fromStdin: boolean): Promise<string | undefined> {
  if (!fromStdin) return process.env.FILAMENTA_ADMIN_PASSWORD || undefined
  const piped = await text(process.stdin)
  const password = piped.replace(/\r?\n$/, '')
  if (!password)
    throw new UsageError(usageMessages.emptyStdinPassword, 'E_MISSING_FLAG', 'adminPassword')
  return password
}
