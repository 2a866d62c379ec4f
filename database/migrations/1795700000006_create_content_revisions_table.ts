import { BaseSchema } from '@adonisjs/lucid/schema'

/** Every save of a content item keeps what was saved, for diff and restore. */
export default class extends BaseSchema {
  protected tableName = 'content_revisions'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table
        .integer('content_id')
        .unsigned()
        .notNullable()
        .references('contents.id')
        .onDelete('CASCADE')
      table
        .integer('author_id')
        .unsigned()
        .nullable()
        .references('users.id')
        .onDelete('SET NULL')
        .index()
      table.string('title', 200).notNullable()
      table.text('excerpt').nullable()
      table.text('body', 'mediumtext').notNullable()
      table.string('status', 16).notNullable()
      table.timestamp('created_at').notNullable()
      table.index(['content_id', 'id'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
