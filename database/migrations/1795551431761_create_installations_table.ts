import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The installed-state marker. It only ever holds the row with id 1, inserted
 * in the same transaction as the first admin: two concurrent installs cannot
 * both succeed, and the row's presence is what locks the wizard.
 */
export default class extends BaseSchema {
  protected tableName = 'installations'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.integer('id').primary()
      table.string('version', 40).notNullable()
      table.integer('admin_id').unsigned().nullable().references('users.id').onDelete('SET NULL')

      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').nullable()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
