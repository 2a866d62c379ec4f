import type { UploadKind } from '#models/upload'
import { getSetting } from '#support/settings/get_setting'

const MEGABYTE = 1024 * 1024

/** The largest file accepted for a kind, in bytes, from the uploads settings. */
export async function maxUploadBytes(kind: UploadKind): Promise<number> {
  const megabytes = await getSetting(
    kind === 'image' ? 'uploads.max_image_mb' : 'uploads.max_document_mb'
  )
  return megabytes * MEGABYTE
}

/** The most pixels an image may decode to (all frames together), from the settings. */
export async function maxImagePixels(): Promise<number> {
  return (await getSetting('uploads.max_image_megapixels')) * 1_000_000
}
