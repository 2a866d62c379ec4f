import type { I18n } from '@adonisjs/i18n'
import type Upload from '#models/upload'
import { uploadJson } from '#support/uploads/upload_json'

/** An upload as the media picker lists it: the upload endpoint's shape, plus its alt text. */
export function libraryJson(upload: Upload) {
  return { ...uploadJson(upload), altText: upload.altText }
}

/** A byte count in the reader's language: "840 kB", "1.2 MB" (« 1,2 Mo »). */
export function formatSize(i18n: I18n, bytes: number | bigint | string) {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const
  let value = Number(bytes)
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  return i18n.formatNumber(value, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  })
}

/**
 * What a gallery card and the detail page show about an upload, ready to
 * print. `showsPicture` is false when the viewer would get no image back
 * (someone else's private file, or variants not made yet), so the page
 * shows a placeholder rather than a broken picture.
 */
export function mediaCard(i18n: I18n, upload: Upload, showsPicture: boolean) {
  const json = uploadJson(upload)
  return {
    ...json,
    thumbnailUrl: showsPicture ? json.thumbnailUrl : null,
    altText: upload.altText,
    detailUrl: `/admin/media/${upload.id}`,
    deleteUrl: `/admin/media/${upload.id}/delete`,
    size: formatSize(i18n, upload.sizeBytes),
    owner: upload.owner?.username ?? i18n.t('media.card.no_owner'),
    uploadedAt: i18n.formatDate(upload.createdAt.toJSDate(), { dateStyle: 'medium' }),
    uploadedIso: upload.createdAt.toISO(),
    extension: upload.extension.toUpperCase(),
  }
}
