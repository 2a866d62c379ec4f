import { open } from 'node:fs/promises'
import vine from '@vinejs/vine'
import type { MultipartFile } from '@adonisjs/core/bodyparser'

/** A logo is shown on every page: it must stay small. */
export const LOGO_MAX_SIZE = '512kb'

const SIGNATURES: { contentType: string; extension: string; matches: (b: Buffer) => boolean }[] = [
  {
    contentType: 'image/png',
    extension: 'png',
    matches: (b) =>
      b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    contentType: 'image/jpeg',
    extension: 'jpg',
    matches: (b) => b.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])),
  },
  {
    contentType: 'image/webp',
    extension: 'webp',
    matches: (b) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP',
  },
]

/**
 * The image type of a file judged by its first bytes, never by its name or
 * the browser's word: PNG, JPEG or WebP. SVG is left out on purpose, since
 * it can carry scripts.
 */
export function logoImageType(
  bytes: Buffer
): { contentType: string; extension: string } | undefined {
  const found = SIGNATURES.find((signature) => signature.matches(bytes))
  return found && { contentType: found.contentType, extension: found.extension }
}

/** The first bytes of a file on disk, enough to recognise its type. */
export async function fileHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(16)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/** Refuses an uploaded file whose bytes are not a PNG, JPEG or WebP image. */
export const logoImage = vine.createRule(async (value, _, field) => {
  const file = value as MultipartFile
  if (!file?.tmpPath || !field.isValid) return
  if (!logoImageType(await fileHead(file.tmpPath))) {
    field.report('The logo must be a PNG, JPEG or WebP image', 'logoType', field)
  }
})
