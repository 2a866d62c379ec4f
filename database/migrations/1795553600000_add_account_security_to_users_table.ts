import { BaseSchema } from '@adonisjs/lucid/schema'

/** What accounts need beyond the foundation: verification, lockout, 2FA. */
export default class extends BaseSchema {
  protected tableName = 'users'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.string('full_name', 100).nullable()
      table.timestamp('email_verified_at').nullable()
      table.integer('failed_login_count').notNullable().defaultTo(0)
      table.timestamp('locked_until').nullable().index()
      // Encrypted with APP_KEY; null while 2FA is off.
      table.text('two_factor_secret').nullable()
      table.timestamp('two_factor_enabled_at').nullable()
      // The last TOTP time step accepted, so a code cannot be used twice.
      table.bigInteger('two_factor_last_step').nullable()
      table.timestamp('password_changed_at').nullable()
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropColumn('full_name')
      table.dropColumn('email_verified_at')
      table.dropColumn('failed_login_count')
      table.dropIndex(['locked_until'])
      table.dropColumn('locked_until')
      table.dropColumn('two_factor_secret')
      table.dropColumn('two_factor_enabled_at')
      table.dropColumn('two_factor_last_step')
      table.dropColumn('password_changed_at')
    })
  }
}
