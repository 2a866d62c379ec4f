import db from '@adonisjs/lucid/services/db'
import type Upload from '#models/upload'
import type { UploadVisibility } from '#models/upload'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import type { Actor } from '#actions/users/actor'

export type UploadDetails = { altText?: string | null; visibility: UploadVisibility }

const EDITABLE = ['altText', 'visibility'] as const

/**
 * Saves an upload's alt text and visibility (input already validated, the
 * caller has checked the actor may edit it) and records what changed.
 */
export default class UpdateUpload {
  /** Returns the names of the fields that changed; nothing is written when none did. */
  async handle(upload: Upload, input: UploadDetails, actor: Actor): Promise<string[]> {
    const before = { altText: upload.altText, visibility: upload.visibility }
    upload.merge({ altText: input.altText || null, visibility: input.visibility })
    const changed = EDITABLE.filter((field) => upload.$dirty[field] !== undefined)
    if (changed.length === 0) return changed

    await db.transaction(async (trx) => {
      await upload.useTransaction(trx).save()
      await new RecordAuditEvent().handle(
        {
          ...actor,
          event: 'upload.updated',
          targetType: 'upload',
          targetId: upload.id,
          changes: {
            before: Object.fromEntries(changed.map((field) => [field, before[field] ?? null])),
            after: Object.fromEntries(changed.map((field) => [field, upload[field] ?? null])),
          },
        },
        trx
      )
    })
    return changed
  }
}
