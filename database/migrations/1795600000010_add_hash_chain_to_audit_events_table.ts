import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Makes the audit trail tamper-evident: each entry stores the hash of the
 * one before it, and the one-row `audit_chain` table holds the end of the
 * chain (so appends can be serialised on it and deleted tail entries show)
 * and the anchor left by pruning. Existing entries are chained in id order.
 */
export default class extends BaseSchema {
  protected tableName = 'audit_events'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.string('target_type', 40).nullable()
      table.string('target_id', 64).nullable()
      table.text('changes').nullable()
      table.string('request_id', 64).nullable()
      table.string('previous_hash', 64).nullable()
      table.string('hash', 64).nullable()
      table.index(['target_type', 'target_id'])
      table.index('request_id')
    })

    // MySQL's TIMESTAMP converts through the session time zone on every read
    // and write; DATETIME gives back the UTC wall-clock text the hash covers.
    if (this.db.dialect.name === 'mysql') {
      this.schema.alterTable(this.tableName, (table) => {
        table.dateTime('created_at').notNullable().alter()
      })
    }

    this.schema.createTable('audit_chain', (table) => {
      table.integer('id').primary()
      table.integer('head_id').nullable()
      table.string('head_hash', 64).nullable()
      table.integer('anchor_id').nullable()
      table.string('anchor_hash', 64).nullable()
    })

    this.defer(async (client) => {
      const { chainExistingEntries } = await import('#actions/audit/audit_chain')
      await chainExistingEntries(client)
    })
  }

  async down() {
    this.schema.dropTable('audit_chain')
    if (this.db.dialect.name === 'mysql') {
      this.schema.alterTable(this.tableName, (table) => {
        table.timestamp('created_at').notNullable().alter()
      })
    }
    this.schema.alterTable(this.tableName, (table) => {
      table.dropIndex(['target_type', 'target_id'])
      table.dropIndex('request_id')
      table.dropColumns(
        'target_type',
        'target_id',
        'changes',
        'request_id',
        'previous_hash',
        'hash'
      )
    })
  }
}
