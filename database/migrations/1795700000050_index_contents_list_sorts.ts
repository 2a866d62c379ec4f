import { BaseSchema } from '@adonisjs/lucid/schema'

/*
| The admin content list sorts by title and by publish date on their own;
| the (status, publish_at) index only serves a sort within one status.
*/
export default class extends BaseSchema {
  protected tableName = 'contents'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.index(['publish_at'], 'contents_publish_at_index')
      table.index(['title'], 'contents_title_index')
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropIndex(['publish_at'], 'contents_publish_at_index')
      table.dropIndex(['title'], 'contents_title_index')
    })
  }
}
