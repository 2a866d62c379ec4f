import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Content from '#models/content'
import Setting from '#models/setting'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import { CLI_ACTOR, type Actor } from '#actions/users/actor'
import { saveSetting } from '#support/settings_store'
import { forgetPublicContent } from '#support/content_cache'

/*
| The end of the last run is kept as a setting outside the registry, so
| every process (web timers, cron) shares it. The run takes that row's lock
| first: two processes ticking at once announce each item once.
*/
export const LAST_RUN_KEY = 'contents.publish_due.last_run'

/** With no run recorded, only items due this recently can still hide behind a cached page. */
const FIRST_RUN_LOOKBACK = { minutes: 10 }

/**
 * Announces the scheduled items that went live since the last run: the
 * public cache is cleared (pages cached before their date lack them) and
 * each gets an audit entry. Items published "now" are left out: their
 * status change already did both.
 */
export default class PublishDue {
  /** The items that went live in (last run, now]. */
  async handle(now: DateTime = DateTime.now(), actor: Actor = CLI_ACTOR): Promise<Content[]> {
    const moment = now.startOf('second')
    const due = await db.transaction(async (trx) => {
      const since = await this.claimWindow(trx, moment)
      if (!since) return []
      const items = await this.becameLive(trx, since, moment)
      for (const item of items) {
        await new RecordAuditEvent().handle(
          {
            ...actor,
            event: 'content.published_scheduled',
            targetType: 'content',
            targetId: item.id,
            details: { slug: item.slug, publishAt: item.publishAt?.toUTC().toISO() },
          },
          trx
        )
      }
      return items
    })
    if (due.length > 0) await forgetPublicContent()
    return due
  }

  /**
   * Locks the last-run row and moves it to `moment`; returns where the
   * window starts, or null when `moment` is not after the last run.
   */
  protected async claimWindow(trx: TransactionClientContract, moment: DateTime) {
    let row = await this.lockLastRun(trx)
    if (!row) {
      // The very first run: two of them may race to create the row; the loser's
      // insert is ignored (or, on MySQL, fails this run and the next tick goes on).
      await trx
        .table('settings')
        .insert({
          key: LAST_RUN_KEY,
          value: 'null',
          is_secret: false,
          created_at: DateTime.now().toFormat(trx.dialect.dateTimeFormat),
        })
        .onConflict('key')
        .ignore()
      row = await this.lockLastRun(trx)
    }
    const stored = row ? (JSON.parse(row.value) as string | null) : null
    const last = stored ? DateTime.fromISO(stored) : null
    const since = last?.isValid ? last : moment.minus(FIRST_RUN_LOOKBACK)
    if (since >= moment) return null
    await saveSetting(LAST_RUN_KEY, moment.toUTC().toISO(), { client: trx })
    return since
  }

  /**
   * The last-run row, locked until the transaction ends. Writing before
   * reading takes the lock at once everywhere: a second SQLite process
   * waits instead of failing to upgrade a read lock, and MySQL never holds
   * two shared locks that both want to become exclusive.
   */
  protected async lockLastRun(trx: TransactionClientContract) {
    await trx
      .from('settings')
      .where('key', LAST_RUN_KEY)
      .update({ value: trx.raw('value') })
    return Setting.query({ client: trx }).where('key', LAST_RUN_KEY).forUpdate().first()
  }

  /** Published items dated in (since, moment] that were scheduled (dated after their last save). */
  protected becameLive(trx: TransactionClientContract, since: DateTime, moment: DateTime) {
    const stored = (at: DateTime) => at.toLocal().toFormat(trx.dialect.dateTimeFormat)
    return Content.query({ client: trx })
      .where('status', 'published')
      .where('publish_at', '>', stored(since))
      .where('publish_at', '<=', stored(moment))
      .whereColumn('publish_at', '>', 'updated_at')
      .orderBy('publish_at', 'asc')
      .orderBy('id', 'asc')
  }
}
