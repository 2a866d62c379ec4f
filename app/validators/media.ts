import vine from '@vinejs/vine'
import { UPLOAD_VISIBILITIES } from '#models/upload'

/** The media detail page's form: an upload's alt text and visibility. */
export const uploadDetailsValidator = vine.create({
  // An emptied field means "no alt text" (a decorative image).
  altText: vine.string().trim().maxLength(255).nullable().optional(),
  visibility: vine.enum(UPLOAD_VISIBILITIES),
})
