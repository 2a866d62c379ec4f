import { text } from 'node:stream/consumers'
import { Secret } from '@adonisjs/core/helpers'
import env from '#start/env'
import { BackupError } from '#support/backup/backup_error'

/**
 * The backup passphrase: piped on stdin when asked (one line, its final
 * line break dropped), else BACKUP_PASSPHRASE. Never a flag, so it stays
 * out of shell history and `ps`.
 */
export async function readPassphrase(fromStdin: boolean | undefined): Promise<string | undefined> {
  if (fromStdin) {
    const input = await text(process.stdin)
    const piped = input.replace(/\r?\n$/, '')
    if (!piped) {
      throw new BackupError(
        'E_BACKUP_PASSPHRASE_REQUIRED',
        'The passphrase read from stdin is empty.'
      )
    }
    return piped
  }
  // A Secret once validated at boot; a plain string when set in process.env afterwards.
  const configured: unknown = env.get('BACKUP_PASSPHRASE')
  const passphrase = configured instanceof Secret ? configured.release() : configured
  return typeof passphrase === 'string' && passphrase !== '' ? passphrase : undefined
}

/** `--encrypt` needs a passphrase from one of the two sources. */
export async function requirePassphrase(fromStdin: boolean | undefined): Promise<string> {
  const passphrase = await readPassphrase(fromStdin)
  if (!passphrase) {
    throw new BackupError(
      'E_BACKUP_PASSPHRASE_REQUIRED',
      'Encrypting needs a passphrase: set BACKUP_PASSPHRASE or pipe it in with --passphrase-stdin.'
    )
  }
  return passphrase
}
