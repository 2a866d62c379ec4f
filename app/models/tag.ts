import { TagSchema } from '#database/schema'

/** A free keyword attached to content items. */
export default class Tag extends TagSchema {
  static table = 'tags'
}
