import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The admin dashboard counts and charts by date: sign-ups by
 * `users.created_at`, sign-ins by event and date, and open sessions by
 * whether they ended and when they were last used. Without these indexes
 * each of its queries reads the whole table.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('users', (table) => {
      table.index(['created_at'])
    })
    this.schema.alterTable('audit_events', (table) => {
      table.index(['event', 'created_at'])
    })
    this.schema.alterTable('user_sessions', (table) => {
      table.index(['ended_at', 'last_seen_at'])
    })
  }

  async down() {
    this.schema.alterTable('user_sessions', (table) => {
      table.dropIndex(['ended_at', 'last_seen_at'])
    })
    this.schema.alterTable('audit_events', (table) => {
      table.dropIndex(['event', 'created_at'])
    })
    this.schema.alterTable('users', (table) => {
      table.dropIndex(['created_at'])
    })
  }
}
