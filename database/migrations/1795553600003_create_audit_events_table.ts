import { BaseSchema } from '@adonisjs/lucid/schema'

/** Security-relevant events; the admin issue adds the tamper-evident chain. */
export default class extends BaseSchema {
  protected tableName = 'audit_events'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id').notNullable()
      table.string('event', 60).notNullable().index()
      table
        .integer('actor_id')
        .unsigned()
        .nullable()
        .references('users.id')
        .onDelete('SET NULL')
        .index()
      table
        .integer('subject_user_id')
        .unsigned()
        .nullable()
        .references('users.id')
        .onDelete('SET NULL')
        .index()
      // Where it came from: web, cli or api.
      table.string('via', 10).notNullable()
      table.string('ip', 45).nullable()
      table.string('user_agent', 255).nullable()
      table.text('details').nullable()
      table.timestamp('created_at').notNullable().index()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
