import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = 'users'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id').notNullable()
      table.string('email', 254).notNullable().unique()
      table.string('username', 32).notNullable().unique()
      table.string('password').notNullable()
      // 'admin' or 'member' for now; the Accounts issue adds the rest.
      table.string('role', 20).notNullable().defaultTo('member').index()
      // Null means "follow the site's default locale".
      table.string('locale', 10).nullable()

      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').nullable()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
