import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#models/user'

/**
 * Categories and tags: editors and admins manage them; authors may look at
 * the lists (they pick from them while writing); members have no access.
 */
export default class TaxonomyPolicy extends BasePolicy {
  viewAny(user: User) {
    return user.isWriter
  }

  view(user: User) {
    return this.viewAny(user)
  }

  create(user: User) {
    return user.isEditor
  }

  edit(user: User) {
    return user.isEditor
  }

  delete(user: User) {
    return user.isEditor
  }
}
