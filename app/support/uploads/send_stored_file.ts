import type { HttpContext } from '@adonisjs/core/http'
import drive from '@adonisjs/drive/services/main'
import type Upload from '#models/upload'
import { contentDisposition } from '#support/uploads/upload_name'

/** One stored object to answer with, and how. */
export type ServedFile = { storageKey: string; mime: string; etag: string; shared: boolean }

/**
 * Which stored object answers a request for an upload, or null for a 404.
 *
 * Images are served from their variants, which carry no EXIF or GPS data:
 * `/uploads/:id` gives the stripped `full` copy. Until the variants exist
 * (pending, or failed) only the owner and admins get the original bytes —
 * they uploaded them or may see everything — and everyone else a 404, so
 * a visitor never receives a photo's location. Documents have no variants.
 */
export function servedFile(
  upload: Upload,
  variant: string | undefined,
  viewerManages: boolean
): ServedFile | null {
  const original = { storageKey: upload.storageKey, mime: upload.mime }
  if (upload.kind !== 'image') {
    return variant ? null : { ...original, etag: `"${upload.sha256}"`, shared: upload.isPublic }
  }
  const name = variant ?? 'full'
  if (upload.variantsStatus === 'ready') {
    const found = upload.variantList.find((candidate) => candidate.name === name)
    if (!found) return null
    const etag = `"${upload.sha256}-${name}"`
    return { storageKey: found.storageKey, mime: found.mime, etag, shared: upload.isPublic }
  }
  if (!viewerManages) return null
  return { ...original, etag: `"${upload.sha256}-original"`, shared: false }
}

/**
 * Sends a stored file so that a browser can never run it: the stored type
 * (found from the bytes at upload) with nosniff, a sandboxing CSP, and
 * documents as downloads under their original name. ETags let browsers
 * revalidate cheaply; private files are never kept by shared caches.
 */
export async function sendStoredFile(ctx: HttpContext, upload: Upload, file: ServedFile) {
  const { request, response } = ctx
  response.header('X-Content-Type-Options', 'nosniff')
  response.header('Content-Security-Policy', "default-src 'none'; sandbox")
  response.header('Cache-Control', file.shared ? 'public, max-age=3600' : 'private, no-cache')
  response.header('ETag', file.etag)
  const inline = upload.kind === 'image' ? 'inline' : 'attachment'
  response.header('Content-Disposition', contentDisposition(inline, upload.originalName))
  if (matchesEtag(request.header('if-none-match'), file.etag)) return response.notModified()

  response.header('Content-Type', file.mime)
  return response.stream(await drive.use().getStream(file.storageKey))
}

/** If-None-Match may list several tags, weak ones included. */
function matchesEtag(header: string | undefined, etag: string) {
  if (!header) return false
  const tags = header.split(',').map((tag) => tag.trim().replace(/^W\//, ''))
  return tags.includes(etag) || tags.includes('*')
}
