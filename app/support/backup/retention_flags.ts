import { BackupError } from '#support/backup/backup_error'
import type { RetentionPolicy } from '#support/backup/prune_policy'

/**
 * The `--keep-*` flags as a policy: whole numbers of zero or more, at least
 * one of them positive, since a policy that keeps nothing would delete
 * every backup.
 */
export function retentionPolicy(flags: {
  daily?: number
  weekly?: number
  monthly?: number
}): RetentionPolicy {
  const policy = { daily: 0, weekly: 0, monthly: 0 }
  for (const kind of ['daily', 'weekly', 'monthly'] as const) {
    const value = flags[kind]
    if (value === undefined) continue
    if (!Number.isInteger(value) || value < 0) {
      throw new BackupError(
        'E_BACKUP_USAGE',
        `--keep-${kind} must be a whole number of zero or more.`
      )
    }
    policy[kind] = value
  }
  if (policy.daily + policy.weekly + policy.monthly === 0) {
    throw new BackupError(
      'E_BACKUP_USAGE',
      'Say what to keep: give --keep-daily, --keep-weekly or --keep-monthly a number above zero.'
    )
  }
  return policy
}
