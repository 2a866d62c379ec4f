import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Content items. `body` is sanitised HTML; `body_text` is the same text
 * without markup, for full-text search and excerpts. An item is public
 * when its status is `published` and `publish_at` has passed: a future
 * `publish_at` schedules it.
 */
export default class extends BaseSchema {
  protected tableName = 'contents'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.string('title', 200).notNullable()
      table.string('slug', 200).notNullable().unique()
      table.text('excerpt').nullable()
      table.text('body', 'mediumtext').notNullable()
      table.text('body_text', 'mediumtext').notNullable()
      table.string('status', 16).notNullable().defaultTo('draft')
      table.timestamp('publish_at').nullable()
      table
        .integer('author_id')
        .unsigned()
        .nullable()
        .references('users.id')
        .onDelete('SET NULL')
        .index()
      table
        .integer('cover_upload_id')
        .unsigned()
        .nullable()
        .references('uploads.id')
        .onDelete('SET NULL')
        .index()
      table.string('seo_title', 200).nullable()
      table.string('seo_description', 320).nullable()
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable().index()
      // The public listing and the admin filters read these together.
      table.index(['status', 'publish_at'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
