import { createReadStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import db from '@adonisjs/lucid/services/db'
import drive from '@adonisjs/drive/services/main'
import type User from '#models/user'
import Upload, { type UploadVisibility } from '#models/upload'
import type { Actor } from '#actions/users/actor'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import GenerateVariants from '#actions/uploads/generate_variants'
import {
  checkUploadedFile,
  type CheckedFile,
  type UploadedFile,
} from '#actions/uploads/check_uploaded_file'
import { sha256OfFile } from '#support/uploads/file_digest'
import { newStorageKey } from '#support/uploads/storage_keys'

export type { UploadedFile } from '#actions/uploads/check_uploaded_file'

export type UploadOptions = {
  owner: User
  /** Default: public for images, private for documents. */
  visibility?: UploadVisibility | null
  altText?: string | null
}

/**
 * Stores one uploaded file. The file at `tmpPath` is consumed: it is
 * removed whether the upload is stored or refused, so a refusal leaves
 * nothing behind. Images get their variants made in the background.
 */
export default class StoreUpload {
  /** Checks, stores and records the file; throws `UploadRejected` when it is refused. */
  async handle(file: UploadedFile, options: UploadOptions, actor: Actor): Promise<Upload> {
    try {
      const checked = await checkUploadedFile(file)
      const storageKey = newStorageKey(checked.type.extension)
      const sha256 = await sha256OfFile(file.tmpPath)
      await drive.use().putStream(storageKey, createReadStream(file.tmpPath), {
        contentType: checked.type.mime,
      })
      const upload = await this.record(file, checked, { ...options, storageKey, sha256 }, actor)
      if (upload.variantsStatus === 'pending') GenerateVariants.later(upload.id)
      return upload
    } finally {
      await rm(file.tmpPath, { force: true })
    }
  }

  /** The row and its audit entry; the stored bytes go again if they cannot be written. */
  protected async record(
    file: UploadedFile,
    checked: CheckedFile,
    options: UploadOptions & { storageKey: string; sha256: string },
    actor: Actor
  ) {
    const { type, image, size } = checked
    try {
      return await db.transaction(async (trx) => {
        const upload = await Upload.create(
          {
            ownerId: options.owner.id,
            kind: type.kind,
            mime: type.mime,
            extension: type.extension,
            originalName: file.clientName,
            storageKey: options.storageKey,
            sizeBytes: size,
            sha256: options.sha256,
            visibility: options.visibility ?? (type.kind === 'image' ? 'public' : 'private'),
            width: image?.width ?? null,
            height: image?.height ?? null,
            animated: image?.animated ?? false,
            altText: options.altText || null,
            variantsStatus: type.kind === 'image' ? 'pending' : 'none',
          },
          { client: trx }
        )
        await new RecordAuditEvent().handle(
          {
            ...actor,
            event: 'upload.created',
            targetType: 'upload',
            targetId: upload.id,
            details: { name: file.clientName, mime: type.mime, size },
          },
          trx
        )
        return upload
      })
    } catch (error) {
      await drive
        .use()
        .delete(options.storageKey)
        .catch(() => {})
      throw error
    }
  }
}
