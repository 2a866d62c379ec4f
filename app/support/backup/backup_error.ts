import { Exception } from '@adonisjs/core/exceptions'

export type BackupErrorCode =
  | 'E_BACKUP_NOT_FOUND'
  | 'E_BACKUP_NOT_AN_ARCHIVE'
  | 'E_BACKUP_TRUNCATED'
  | 'E_BACKUP_CORRUPT'
  | 'E_BACKUP_CHECKSUM'
  | 'E_BACKUP_UNSAFE_MEMBER'
  | 'E_BACKUP_MANIFEST'
  | 'E_BACKUP_PASSPHRASE_REQUIRED'
  | 'E_BACKUP_WRONG_PASSPHRASE'
  | 'E_BACKUP_WEAK_PASSPHRASE'
  | 'E_BACKUP_NEWER_SCHEMA'
  | 'E_BACKUP_TARGET_NOT_EMPTY'
  | 'E_BACKUP_SCHEMA_MISMATCH'
  | 'E_BACKUP_ROW_COUNT'
  | 'E_BACKUP_RESTORE_FAILED'
  | 'E_BACKUP_EXISTS'
  | 'E_BACKUP_USAGE'

/**
 * Every refusal and failure of the backup commands: a stable code for
 * scripts and one sentence for the operator, naming the first problem.
 */
export class BackupError extends Exception {
  static status = 422

  constructor(
    readonly reason: BackupErrorCode,
    message: string,
    options?: { cause?: unknown }
  ) {
    super(message, { code: reason, cause: options?.cause })
  }
}
