import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * One row per signed-in browser, whatever SESSION_DRIVER stores the session
 * itself in: it lists a user's sessions and lets one end them remotely.
 */
export default class extends BaseSchema {
  protected tableName = 'user_sessions'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.string('id', 36).primary()
      table
        .integer('user_id')
        .unsigned()
        .notNullable()
        .references('users.id')
        .onDelete('CASCADE')
        .index()
      table.string('ip', 45).nullable()
      table.string('user_agent', 255).nullable()
      table.timestamp('created_at').notNullable()
      table.timestamp('last_seen_at').notNullable()
      table.timestamp('ended_at').nullable()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
