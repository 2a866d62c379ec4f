import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import Upload from '#models/upload'
import type User from '#models/user'

/** The media pages' tests start from the same site as the upload tests. */
export { setUpUploads as setUpMedia, type Cast } from '../uploads/helpers.js'

let minutesAgo = 1000

/**
 * An upload row as StoreUpload leaves it once its variants are made, without
 * bytes: list and detail pages only read rows. Each is a minute newer than
 * the one before, so "newest first" is the order of creation.
 */
export async function seedUpload(owner: User | null, overrides: Partial<Upload> = {}) {
  const kind = overrides.kind ?? 'image'
  const storageKey = `${randomUUID()}.${kind === 'image' ? 'png' : 'pdf'}`
  return Upload.create({
    ownerId: owner?.id ?? null,
    kind,
    mime: kind === 'image' ? 'image/png' : 'application/pdf',
    extension: kind === 'image' ? 'png' : 'pdf',
    originalName: kind === 'image' ? 'picture.png' : 'report.pdf',
    storageKey,
    sizeBytes: 12_345,
    sha256: 'a'.repeat(64),
    visibility: 'public',
    width: kind === 'image' ? 800 : null,
    height: kind === 'image' ? 600 : null,
    animated: false,
    altText: null,
    variantsStatus: kind === 'image' ? 'ready' : 'none',
    variants:
      kind === 'image'
        ? JSON.stringify([
            {
              name: 'thumb',
              width: 200,
              height: 150,
              mime: 'image/webp',
              storageKey: `${storageKey}-thumb`,
              sizeBytes: 900,
            },
            {
              name: 'w640',
              width: 640,
              height: 480,
              mime: 'image/webp',
              storageKey: `${storageKey}-w640`,
              sizeBytes: 9000,
            },
          ])
        : null,
    createdAt: DateTime.now().minus({ minutes: minutesAgo-- }),
    ...overrides,
  })
}

/** The original names of the gallery's cards, in order. */
export function listedNames(html: string): string[] {
  return [...html.matchAll(/class="media-card__name"[^>]*>([^<]*)<\/a>/g)].map((match) =>
    match[1].trim()
  )
}
