import { allowGuest, BasePolicy } from '@adonisjs/bouncer'
import type User from '#models/user'
import type Upload from '#models/upload'

/**
 * Who may do what with uploaded files: people who write upload, anyone
 * reads public files, and private ones stay with their owner and admins.
 */
export default class UploadPolicy extends BasePolicy {
  /** Admins, editors and authors upload; members do not. */
  create(actor: User) {
    return actor.isWriter
  }

  /** Public files are for everyone, guests included; private ones for owner and admins. */
  @allowGuest()
  view(actor: User | null, upload: Upload) {
    return upload.isPublic || this.manage(actor, upload)
  }

  /** The owner and admins delete. */
  delete(actor: User, upload: Upload) {
    return this.manage(actor, upload)
  }

  /** The owner and admins may also see an image as uploaded, before its variants exist. */
  manage(actor: User | null, upload: Upload) {
    return actor !== null && (actor.isAdmin || actor.id === upload.ownerId)
  }
}
