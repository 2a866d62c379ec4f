import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#models/user'
import type Upload from '#models/upload'
import UploadPolicy from '#policies/upload_policy'
import { seesAllUploads } from '#actions/uploads/list_uploads'

const uploads = new UploadPolicy()

/**
 * Who reaches the media pages and what they do there, on top of the
 * upload rules: the people who may upload browse the library; admins and
 * editors see every file's details, authors their own and the public
 * ones; only the owner or an admin changes or deletes one.
 */
export default class MediaPolicy extends BasePolicy {
  browse(actor: User) {
    return uploads.create(actor)
  }

  view(actor: User, upload: Upload) {
    return this.browse(actor) && (seesAllUploads(actor) || uploads.view(actor, upload))
  }

  /** The file itself can be shown: it is readable, and its pictures are made (or it is ours). */
  seePicture(actor: User, upload: Upload) {
    if (!uploads.view(actor, upload)) return false
    return upload.variantsStatus === 'ready' || uploads.manage(actor, upload)
  }

  edit(actor: User, upload: Upload) {
    return this.browse(actor) && uploads.manage(actor, upload)
  }

  delete(actor: User, upload: Upload) {
    return this.edit(actor, upload)
  }
}
