import { stat } from 'node:fs/promises'
import { UploadRejected } from '#actions/uploads/upload_rejected'
import { decodedPixels, probeImage, type ImageFacts } from '#support/uploads/image_probe'
import { maxImagePixels, maxUploadBytes } from '#support/uploads/upload_limits'
import { displayName, originalNameProblem } from '#support/uploads/upload_name'
import {
  contradictsDeclaredType,
  detectFileType,
  type AcceptedType,
} from '#support/uploads/upload_types'

/** A file as it arrived: where it waits, what the client called it and said it was. */
export type UploadedFile = {
  tmpPath: string
  clientName: string
  /** As the client reported it; the stored size is measured on the file itself. */
  size?: number
  /** The content type the client declared, if any; it must agree with the bytes. */
  clientType?: string | null
}

export type CheckedFile = { type: AcceptedType; image: ImageFacts | null; size: number }

/**
 * Decides whether a file may be stored, from its bytes alone: name, size,
 * type from the magic numbers, and for images the canvas their header
 * declares. Throws `UploadRejected` with the reason, or returns what was
 * learnt.
 */
export async function checkUploadedFile(file: UploadedFile): Promise<CheckedFile> {
  const name = displayName(file.clientName)
  const nameProblem = originalNameProblem(file.clientName)
  if (nameProblem) throw new UploadRejected(nameProblem, { name })

  const { size } = await stat(file.tmpPath)
  if (size === 0) throw new UploadRejected('empty', { name })

  const detected = await detectFileType(file.tmpPath)
  if (!detected.accepted) {
    if (!detected.found) throw new UploadRejected('type_unknown', { name })
    throw new UploadRejected('type_refused', { name, found: detected.found })
  }
  const type = detected.accepted
  if (contradictsDeclaredType(type, file.clientName, file.clientType ?? undefined)) {
    throw new UploadRejected('type_mismatch', { name, actual: type.label })
  }

  const maxBytes = await maxUploadBytes(type.kind)
  if (size > maxBytes) {
    throw new UploadRejected('too_large', { name, limit: maxBytes / (1024 * 1024) }, 413)
  }

  if (type.kind !== 'image') return { type, image: null, size }
  const image = await probeImage(file.tmpPath)
  if (!image) throw new UploadRejected('unreadable_image', { name, type: type.label })
  const maxPixels = await maxImagePixels()
  if (decodedPixels(image) > maxPixels) {
    throw new UploadRejected('too_many_pixels', { name, limit: maxPixels / 1_000_000 })
  }
  return { type, image, size }
}
