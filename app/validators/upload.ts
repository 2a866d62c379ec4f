import vine from '@vinejs/vine'
import { UPLOAD_VISIBILITIES } from '#models/upload'

/** The fields sent beside an uploaded file; the file itself is judged by StoreUpload. */
export const uploadOptionsValidator = vine.create({
  visibility: vine.enum(UPLOAD_VISIBILITIES).nullable().optional(),
  altText: vine.string().trim().maxLength(255).nullable().optional(),
})
