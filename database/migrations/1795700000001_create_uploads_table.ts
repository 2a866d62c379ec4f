import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Uploaded files. The bytes live on the drive disk under `storage_key`
 * (a UUID name, never the client's); what the client called the file is
 * kept only as metadata. `variants` lists the resized copies of an image
 * once the background job has made them.
 */
export default class extends BaseSchema {
  protected tableName = 'uploads'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table
        .integer('owner_id')
        .unsigned()
        .nullable()
        .references('users.id')
        .onDelete('SET NULL')
        .index()
      table.string('kind', 16).notNullable().index()
      table.string('mime', 100).notNullable()
      table.string('extension', 10).notNullable()
      table.string('original_name', 255).notNullable()
      table.string('storage_key', 255).notNullable().unique()
      table.bigInteger('size_bytes').unsigned().notNullable()
      table.string('sha256', 64).notNullable().index()
      table.string('visibility', 16).notNullable().defaultTo('public').index()
      table.integer('width').unsigned().nullable()
      table.integer('height').unsigned().nullable()
      table.boolean('animated').notNullable().defaultTo(false)
      table.string('alt_text', 255).nullable()
      table.string('variants_status', 16).notNullable().defaultTo('none')
      table.text('variants').nullable()
      table.timestamp('created_at').notNullable().index()
      table.timestamp('updated_at').notNullable()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
