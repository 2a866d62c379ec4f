import { fileTypeFromFile } from 'file-type'
import type { UploadKind } from '#models/upload'

/** A file type the site accepts, as recognised from the file's bytes. */
export type AcceptedType = {
  kind: UploadKind
  mime: string
  extension: string
  label: string
  /** Extensions and client content types that honestly describe this type. */
  aliases: { extensions: string[]; mimes: string[] }
}

const accepted = (
  kind: UploadKind,
  mime: string,
  extension: string,
  label: string,
  aliases: { extensions?: string[]; mimes?: string[] } = {}
): AcceptedType => ({
  kind,
  mime,
  extension,
  label,
  aliases: {
    extensions: [extension, ...(aliases.extensions ?? [])],
    mimes: [mime, ...(aliases.mimes ?? [])],
  },
})

/*
| The allowlist, keyed by file-type's extension. SVG and HTML are absent on
| purpose: both can carry scripts that would run on the site's origin.
*/
const ACCEPTED: Record<string, AcceptedType> = {
  jpg: accepted('image', 'image/jpeg', 'jpg', 'JPEG', {
    extensions: ['jpeg', 'jpe', 'jfif'],
    mimes: ['image/jpg', 'image/pjpeg'],
  }),
  png: accepted('image', 'image/png', 'png', 'PNG', { mimes: ['image/x-png'] }),
  gif: accepted('image', 'image/gif', 'gif', 'GIF'),
  webp: accepted('image', 'image/webp', 'webp', 'WebP'),
  avif: accepted('image', 'image/avif', 'avif', 'AVIF'),
  pdf: accepted('document', 'application/pdf', 'pdf', 'PDF', { mimes: ['application/x-pdf'] }),
  docx: accepted(
    'document',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'docx',
    'Word (DOCX)'
  ),
  xlsx: accepted(
    'document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'xlsx',
    'Excel (XLSX)'
  ),
}

/** Client content types that say nothing about the file, so contradict nothing. */
const VAGUE_MIMES = new Set(['', 'application/octet-stream', 'binary/octet-stream'])

/** What the bytes of a file are: an accepted type, or what was found instead (if anything). */
export async function detectFileType(
  path: string
): Promise<{ accepted: AcceptedType } | { accepted: null; found: string | null }> {
  const found = await fileTypeFromFile(path)
  if (found && ACCEPTED[found.ext]) return { accepted: ACCEPTED[found.ext] }
  return { accepted: null, found: found ? found.ext.toUpperCase() : null }
}

/**
 * True when the name's extension or the browser's content type claim a
 * different type than the bytes are: a PNG sent as `report.pdf` is either a
 * mistake or a disguise, and is refused either way.
 */
export function contradictsDeclaredType(
  type: AcceptedType,
  clientName: string,
  clientMime: string | undefined
): boolean {
  const dot = clientName.lastIndexOf('.')
  const extension = dot > 0 ? clientName.slice(dot + 1).toLowerCase() : ''
  if (extension && !type.aliases.extensions.includes(extension)) return true
  const mime = (clientMime ?? '').split(';')[0].trim().toLowerCase()
  return !VAGUE_MIMES.has(mime) && !type.aliases.mimes.includes(mime)
}
