import { BaseSchema } from '@adonisjs/lucid/schema'

/** One-time recovery codes for 2FA, stored hashed. */
export default class extends BaseSchema {
  protected tableName = 'two_factor_recovery_codes'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id').notNullable()
      table
        .integer('user_id')
        .unsigned()
        .notNullable()
        .references('users.id')
        .onDelete('CASCADE')
        .index()
      table.string('code_hash', 255).notNullable()
      table.timestamp('used_at').nullable()
      table.timestamp('created_at').notNullable()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
