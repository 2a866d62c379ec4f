import db from '@adonisjs/lucid/services/db'

/** The events and target types that occur in the trail: the audit filter form's choices. */
export default class ListAuditFilterChoices {
  async handle() {
    const distinct = async (column: 'event' | 'target_type'): Promise<string[]> => {
      const rows = await db
        .from('audit_events')
        .whereNotNull(column)
        .distinct(column)
        .orderBy(column)
      return rows.map((row) => row[column])
    }
    return { events: await distinct('event'), targetTypes: await distinct('target_type') }
  }
}
