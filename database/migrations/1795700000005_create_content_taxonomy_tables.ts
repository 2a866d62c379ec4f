import { BaseSchema } from '@adonisjs/lucid/schema'

/** Which categories and tags each content item belongs to. */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('content_categories', (table) => {
      table
        .integer('content_id')
        .unsigned()
        .notNullable()
        .references('contents.id')
        .onDelete('CASCADE')
      table
        .integer('category_id')
        .unsigned()
        .notNullable()
        .references('categories.id')
        .onDelete('CASCADE')
        .index()
      table.primary(['content_id', 'category_id'])
    })
    this.schema.createTable('content_tags', (table) => {
      table
        .integer('content_id')
        .unsigned()
        .notNullable()
        .references('contents.id')
        .onDelete('CASCADE')
      table
        .integer('tag_id')
        .unsigned()
        .notNullable()
        .references('tags.id')
        .onDelete('CASCADE')
        .index()
      table.primary(['content_id', 'tag_id'])
    })
  }

  async down() {
    this.schema.dropTable('content_tags')
    this.schema.dropTable('content_categories')
  }
}
