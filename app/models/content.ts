import { DateTime } from 'luxon'
import { ContentSchema } from '#database/schema'
import { belongsTo, hasMany, manyToMany, scope } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany, ManyToMany } from '@adonisjs/lucid/types/relations'
import User from '#models/user'
import Upload from '#models/upload'
import Category from '#models/category'
import Tag from '#models/tag'
import ContentRevision from '#models/content_revision'

export const CONTENT_STATUSES = ['draft', 'review', 'published', 'archived'] as const
export type ContentStatus = (typeof CONTENT_STATUSES)[number]

/** An article or page: sanitised HTML body, workflow status, taxonomy, revisions. */
export default class Content extends ContentSchema {
  static table = 'contents'

  declare status: ContentStatus

  @belongsTo(() => User, { foreignKey: 'authorId' })
  declare author: BelongsTo<typeof User>

  @belongsTo(() => Upload, { foreignKey: 'coverUploadId' })
  declare cover: BelongsTo<typeof Upload>

  @manyToMany(() => Category, {
    pivotTable: 'content_categories',
    pivotForeignKey: 'content_id',
    pivotRelatedForeignKey: 'category_id',
  })
  declare categories: ManyToMany<typeof Category>

  @manyToMany(() => Tag, {
    pivotTable: 'content_tags',
    pivotForeignKey: 'content_id',
    pivotRelatedForeignKey: 'tag_id',
  })
  declare tags: ManyToMany<typeof Tag>

  @hasMany(() => ContentRevision, { foreignKey: 'contentId' })
  declare revisions: HasMany<typeof ContentRevision>

  /** Published and due: what visitors may see. */
  get isLive() {
    return (
      this.status === 'published' && (this.publishAt === null || this.publishAt <= DateTime.now())
    )
  }

  /** Published with a publish date still ahead. */
  get isScheduled() {
    return this.status === 'published' && this.publishAt !== null && this.publishAt > DateTime.now()
  }

  /**
   * Items visitors may see at `moment` (now by default). The moment is
   * formatted the way the connection stores dates, so strings compare
   * right on SQLite.
   */
  static live = scope((query, moment: DateTime = DateTime.now()) => {
    const at = moment.toFormat(query.client.dialect.dateTimeFormat)
    query
      .where('status', 'published')
      .where((group) => group.whereNull('publish_at').orWhere('publish_at', '<=', at))
  })
}
