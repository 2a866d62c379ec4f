import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'

/**
 * A new drive key for an original: `uploads/<yyyy>/<mm>/<uuid>.<ext>`. The
 * client's name never reaches the disk, so it cannot collide or traverse.
 */
export function newStorageKey(extension: string, now = DateTime.utc()): string {
  return `uploads/${now.toFormat('yyyy/MM')}/${randomUUID()}.${extension}`
}

/**
 * The key of one variant, beside its original (`<uuid>-thumb.jpg`). Being
 * derived rather than random, a job run twice overwrites instead of
 * leaving strays.
 */
export function variantStorageKey(originalKey: string, variant: string, extension: string) {
  const base = originalKey.replace(/\.[^./]+$/, '')
  return `${base}-${variant}.${extension}`
}
