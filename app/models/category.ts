import { CategorySchema } from '#database/schema'

/** A section of the site's contents; a content item may sit in several. */
export default class Category extends CategorySchema {
  static table = 'categories'
}
