import { Exception } from '@adonisjs/core/exceptions'

/** Why an upload was refused; each reason has a message under `uploads.errors.<reason>`. */
export type UploadRejection =
  | 'missing'
  | 'empty'
  | 'name_invalid'
  | 'name_too_long'
  | 'type_unknown'
  | 'type_refused'
  | 'type_mismatch'
  | 'too_large'
  | 'too_many_pixels'
  | 'unreadable_image'

/**
 * An upload refused before anything was stored. `reason` picks the
 * translated message and `data` fills it in (the file's name, the limit…).
 */
export class UploadRejected extends Exception {
  static code = 'E_UPLOAD_REJECTED'

  constructor(
    readonly reason: UploadRejection,
    readonly data: Record<string, string | number> = {},
    status = 422
  ) {
    super(`Upload refused: ${reason}`, { status })
  }

  /** The i18n key of the message people see. */
  get messageKey() {
    return `uploads.errors.${this.reason}`
  }
}
