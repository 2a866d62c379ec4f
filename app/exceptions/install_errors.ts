import { Exception } from '@adonisjs/core/exceptions'

/** The site is installed already and `force` was not asked for. */
export class AlreadyInstalledException extends Exception {
  static status = 409
  static code = 'E_ALREADY_INSTALLED'
  static message = 'The site is already installed'
}

/** The chosen database could not be reached. */
export class DatabaseUnreachableException extends Exception {
  static status = 422
  static code = 'E_DATABASE_UNREACHABLE'

  constructor(readonly reason: string) {
    super(`Cannot connect to the database: ${reason}`)
  }
}
