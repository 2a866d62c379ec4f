import User from '#models/user'
import { UserNotFoundException } from '#actions/users/user_errors'

/**
 * Finds an account by what an operator types: its id, its email or its
 * username (the last two without regard to case). A number is tried as an
 * id first, since usernames may be made of digits too.
 */
export default class FindUser {
  async handle(identifier: string): Promise<User> {
    const value = identifier.trim()
    const byId = /^\d+$/.test(value) ? await User.find(Number(value)) : null
    const column = value.includes('@') ? 'email' : 'username'
    const user =
      byId ?? (await User.query().whereRaw(`lower(${column}) = ?`, [value.toLowerCase()]).first())
    if (!user) throw new UserNotFoundException(identifier)
    return user
  }
}
