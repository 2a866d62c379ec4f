import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import drive from '@adonisjs/drive/services/main'
import type Upload from '#models/upload'
import type { Actor } from '#actions/users/actor'
import RecordAuditEvent from '#actions/audit/record_audit_event'

/**
 * Deletes an upload: its row (audited) and then every stored object, the
 * original and its variants. The row goes first so nothing can point at
 * bytes that are gone; a variants job still running sees the row missing
 * and removes what it made. An object that cannot be removed is logged
 * and left as an orphan rather than failing the deletion.
 */
export default class DeleteUpload {
  /** Removes the upload for good. */
  async handle(upload: Upload, actor: Actor) {
    const keys = [upload.storageKey, ...upload.variantList.map((variant) => variant.storageKey)]
    await db.transaction(async (trx) => {
      upload.useTransaction(trx)
      await upload.delete()
      await new RecordAuditEvent().handle(
        {
          ...actor,
          event: 'upload.deleted',
          targetType: 'upload',
          targetId: upload.id,
          details: { name: upload.originalName, mime: upload.mime, ownerId: upload.ownerId },
        },
        trx
      )
    })
    for (const key of keys) {
      await drive
        .use()
        .delete(key)
        .catch((error) => logger.warn({ err: error, key }, 'an upload file could not be removed'))
    }
  }
}
