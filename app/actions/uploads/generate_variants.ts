import logger from '@adonisjs/core/services/logger'
import drive from '@adonisjs/drive/services/main'
import Upload, { type UploadVariant } from '#models/upload'
import backgroundJobs from '#support/background_jobs'
import { IMAGE_VARIANTS, renderVariant } from '#support/uploads/image_variants'
import { variantStorageKey } from '#support/uploads/storage_keys'
import { maxImagePixels } from '#support/uploads/upload_limits'

/**
 * Makes the resized, metadata-free copies of an uploaded image and marks
 * it `ready` (or `failed`). Runs in the background job queue, never on the
 * request that stored the image.
 */
export default class GenerateVariants {
  /** Queues the job for an upload. */
  static later(uploadId: number) {
    backgroundJobs.push(`upload.variants:${uploadId}`, () =>
      new GenerateVariants().handle(uploadId)
    )
  }

  /** Queues every image whose variants are still owed, e.g. after a restart. */
  static async resumePending() {
    const pending = await Upload.query().where('variants_status', 'pending').select('id')
    for (const upload of pending) GenerateVariants.later(upload.id)
    return pending.length
  }

  /** Renders and stores every variant of one image; does nothing unless it is pending. */
  async handle(uploadId: number) {
    const upload = await Upload.find(uploadId)
    if (!upload || upload.variantsStatus !== 'pending') return

    const variants: UploadVariant[] = []
    try {
      const source = Buffer.from(await drive.use().getBytes(upload.storageKey))
      const options = {
        mime: upload.mime,
        animated: Boolean(upload.animated),
        maxPixels: await maxImagePixels(),
      }
      for (const spec of IMAGE_VARIANTS) {
        const rendered = await renderVariant(source, spec, options)
        const storageKey = variantStorageKey(upload.storageKey, spec.name, upload.extension)
        await drive.use().put(storageKey, rendered.bytes, { contentType: upload.mime })
        variants.push({
          name: spec.name,
          width: rendered.width,
          height: rendered.height,
          mime: upload.mime,
          storageKey,
          sizeBytes: rendered.bytes.length,
        })
      }
    } catch (error) {
      logger.error({ err: error, uploadId }, 'image variants could not be made')
      await deleteObjects(variants)
      await Upload.query().where('id', uploadId).update({ variants_status: 'failed' })
      return
    }
    await this.finish(upload, variants)
  }

  /**
   * Records the variants, unless the upload was deleted meanwhile: then
   * nobody would ever remove them, so they go now.
   */
  protected async finish(upload: Upload, variants: UploadVariant[]) {
    upload.variantList = variants
    const updated = await Upload.query()
      .where('id', upload.id)
      .update({ variants: upload.variants, variants_status: 'ready' })
    if (affectedRows(updated) === 0) await deleteObjects(variants)
  }
}

async function deleteObjects(variants: UploadVariant[]) {
  for (const variant of variants) {
    await drive
      .use()
      .delete(variant.storageKey)
      .catch(() => {})
  }
}

/** The drivers answer an update with a count, or with an array holding it. */
function affectedRows(result: unknown): number {
  return Number(Array.isArray(result) ? result[0] : result)
}
