import type Upload from '#models/upload'

/** An upload as JSON clients (the uploader, the media picker, the API) receive it. */
export type UploadJson = {
  id: number
  kind: string
  mime: string
  originalName: string
  sizeBytes: number
  width: number | null
  height: number | null
  visibility: string
  altText: string | null
  url: string
  thumbnailUrl: string | null
  variantsStatus: string
  createdAt: string | null
}

/** The addresses the app serves an upload (or one of its variants) at. */
export function uploadUrl(upload: Pick<Upload, 'id'>, variant?: string) {
  return variant ? `/uploads/${upload.id}/${variant}` : `/uploads/${upload.id}`
}

/** The public shape of an upload; `sizeBytes` is a number whatever the driver returned. */
export function uploadJson(upload: Upload): UploadJson {
  return {
    id: upload.id,
    kind: upload.kind,
    mime: upload.mime,
    originalName: upload.originalName,
    sizeBytes: Number(upload.sizeBytes),
    width: upload.width,
    height: upload.height,
    visibility: upload.visibility,
    altText: upload.altText,
    url: uploadUrl(upload),
    thumbnailUrl: upload.kind === 'image' ? uploadUrl(upload, 'thumb') : null,
    variantsStatus: upload.variantsStatus,
    createdAt: upload.createdAt?.toISO() ?? null,
  }
}
