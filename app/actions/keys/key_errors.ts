import { Exception } from '@adonisjs/core/exceptions'

const LISTED = 10

/** Stored secrets no configured key can read: rotating now would lose them for good. */
export class UnreadableSecretsException extends Exception {
  static status = 409
  static code = 'E_UNREADABLE_SECRETS'

  constructor(readonly values: string[]) {
    const listed = values.slice(0, LISTED).join(', ')
    const more = values.length > LISTED ? ` and ${values.length - LISTED} more` : ''
    super(
      `Nothing was changed: ${values.length} stored ${values.length === 1 ? 'secret does' : 'secrets do'} ` +
        `not decrypt with the configured keys: ${listed}${more}.`
    )
  }
}
