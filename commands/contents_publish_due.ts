import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/** `contents:publish-due`: announces scheduled items that went live since the last run (for cron). */
export default class ContentsPublishDue extends BaseCommand {
  static commandName = 'contents:publish-due'
  static description =
    'Clear the public cache and record the scheduled contents that went live since the last run'
  static options: CommandOptions = { startApp: true }

  @flags.boolean({ description: 'Print the items that went live as JSON' })
  declare json?: boolean

  async run() {
    const { default: PublishDue } = await import('#actions/contents/publish_due')
    const items = await new PublishDue().handle()
    if (this.json) {
      const rows = items.map((item) => ({
        id: item.id,
        slug: item.slug,
        title: item.title,
        publishAt: item.publishAt?.toUTC().toISO() ?? null,
      }))
      this.logger.log(JSON.stringify(rows, null, 2))
      return
    }
    if (items.length === 0)
      return this.logger.info('No scheduled content went live since the last run.')
    const count = items.length === 1 ? '1 scheduled item' : `${items.length} scheduled items`
    this.logger.success(`${count} went live: ${items.map((item) => item.slug).join(', ')}.`)
  }
}
