import { Exception } from '@adonisjs/core/exceptions'

/** No account matches the id, email or username given. */
export class UserNotFoundException extends Exception {
  static status = 404
  static code = 'E_USER_NOT_FOUND'

  constructor(identifier: string) {
    super(`No user has the id, email or username "${identifier}".`)
  }
}

/** The change would leave the site without any administrator. */
export class LastAdminException extends Exception {
  static status = 409
  static code = 'E_LAST_ADMIN'

  constructor() {
    super('This is the last administrator: make another user an admin first.')
  }
}
