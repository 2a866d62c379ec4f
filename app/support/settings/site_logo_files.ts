import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import drive from '@adonisjs/drive/services/main'
import type { StoredImage } from '#support/settings/definitions'
import { logoImageType } from '#support/settings/logo_image'

const LOGO_MAX_BYTES = 512 * 1024

/** The logo was not a small PNG, JPEG or WebP image. */
export class InvalidLogoException extends Error {
  constructor() {
    super('The logo must be a PNG, JPEG or WebP image of at most 512 KB')
  }
}

/**
 * Stores an uploaded logo under a new name, so a cached old logo and the
 * new one never share an address. The type is checked again here, from the
 * bytes, whatever the form's validator said.
 */
export async function storeLogo(tmpPath: string): Promise<StoredImage> {
  const bytes = await readFile(tmpPath)
  const type = logoImageType(bytes)
  if (!type || bytes.length > LOGO_MAX_BYTES) throw new InvalidLogoException()
  const version = randomUUID()
  const path = `site/logo-${version}.${type.extension}`
  await drive.use().put(path, bytes, { contentType: type.contentType })
  return { path, contentType: type.contentType, version }
}

/** Deletes a logo file no setting points at any more; a file already gone is fine. */
export async function deleteLogo(image: StoredImage | null | undefined) {
  if (!image) return
  await drive
    .use()
    .delete(image.path)
    .catch(() => {})
}
