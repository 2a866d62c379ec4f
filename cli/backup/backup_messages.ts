/** Wording of `filamenta backup …` (the results themselves come from backupReport). */
export const backupMessages = {
  description:
    'Create, list, check, restore and prune backup archives (works without the web server).',
  create: 'back up the database and the uploads into one archive in BACKUP_DIR',
  list: 'list the archives in BACKUP_DIR, newest first',
  verify: 'check every checksum, then test-restore into a scratch SQLite database',
  restore: 'restore the database and the uploads from an archive (all or nothing)',
  prune: 'delete old archives, keeping the newest of recent days, weeks and months',
  file: 'archive file: a path, or a name in BACKUP_DIR',
  flags: {
    encrypt: 'encrypt the archive (AES-256-GCM); passphrase from BACKUP_PASSPHRASE or stdin',
    passphraseStdin: 'read the passphrase from stdin instead of BACKUP_PASSPHRASE',
    quiet: 'print nothing but errors (for cron)',
    json: 'print the result as one JSON object',
    force: 'replace a database and uploads that already hold data',
    keepDaily: 'days to keep the newest archive of',
    keepWeekly: 'weeks to keep the newest archive of',
    keepMonthly: 'months to keep the newest archive of',
    dryRun: 'only list what would be deleted',
  },
  helpFooter: '\nExit codes: 0 done, 1 failed (the first problem is named), 2 bad usage.',
  notANumber: (flag: string) => `The option ${flag} needs a whole number.`,
}
