import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#models/user'

/** The policy of a resource that declares none: administrators only. */
export default class AdminOnlyPolicy extends BasePolicy {
  viewAny(actor: User) {
    return actor.isAdmin
  }
  view(actor: User) {
    return actor.isAdmin
  }
  create(actor: User) {
    return actor.isAdmin
  }
  edit(actor: User) {
    return actor.isAdmin
  }
  delete(actor: User) {
    return actor.isAdmin
  }
}
