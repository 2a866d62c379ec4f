import { UploadSchema } from '#database/schema'
import { belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#models/user'

export const UPLOAD_KINDS = ['image', 'document'] as const
export type UploadKind = (typeof UPLOAD_KINDS)[number]

export const UPLOAD_VISIBILITIES = ['public', 'private'] as const
export type UploadVisibility = (typeof UPLOAD_VISIBILITIES)[number]

/** `none` for documents; images go pending → ready (or failed) in the background. */
export type VariantsStatus = 'none' | 'pending' | 'ready' | 'failed'

/** One resized copy of an image, stored beside the original. */
export type UploadVariant = {
  name: string
  width: number
  height: number
  mime: string
  storageKey: string
  sizeBytes: number
}

/** A stored file: its bytes on the drive disk, its facts here. */
export default class Upload extends UploadSchema {
  static table = 'uploads'

  // The naming strategy would look for `sha_256`.
  @column({ columnName: 'sha256' })
  declare sha256: string

  @belongsTo(() => User, { foreignKey: 'ownerId' })
  declare owner: BelongsTo<typeof User>

  get isImage() {
    return this.kind === 'image'
  }

  /** The resized copies, stored as JSON in `variants`. */
  get variantList(): UploadVariant[] {
    return this.variants ? (JSON.parse(this.variants) as UploadVariant[]) : []
  }

  set variantList(list: UploadVariant[]) {
    this.variants = list.length > 0 ? JSON.stringify(list) : null
  }

  get isPublic() {
    return this.visibility === 'public'
  }
}
