import { DateTime, type Duration } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { Actor } from '#actions/users/actor'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import VerifyAuditChain, { type ChainVerification } from '#actions/audit/verify_audit_chain'
import {
  CHAIN_TABLE,
  comparableTime,
  lockChain,
  STORED_TIME_FORMAT,
} from '#actions/audit/audit_chain'

export type PruneOutcome =
  | { status: 'pruned' | 'dry-run'; count: number; cutoff: DateTime; anchorId: number | null }
  | { status: 'broken'; verification: Extract<ChainVerification, { intact: false }> }

/**
 * Deletes the entries older than a retention period. The newest deleted
 * entry's hash becomes the chain's anchor, so the trail stays verifiable
 * from its new first entry; a broken chain is never pruned, since that
 * would erase the evidence. The prune itself is recorded.
 */
export default class PruneAuditEvents {
  /** Prunes entries older than `olderThan`, or only counts them with `dryRun`. */
  async handle(input: { olderThan: Duration; dryRun?: boolean; actor: Actor }) {
    const cutoff = DateTime.utc().minus(input.olderThan).startOf('second')
    return db.transaction((trx) => this.prune(trx, cutoff, input))
  }

  protected async prune(
    trx: TransactionClientContract,
    cutoff: DateTime,
    { dryRun, actor }: { dryRun?: boolean; actor: Actor }
  ): Promise<PruneOutcome> {
    await lockChain(trx)
    const verification = await new VerifyAuditChain().handle(trx)
    if (!verification.intact) return { status: 'broken', verification }

    // Entries are appended in time order, so the old ones are a prefix of the chain.
    const boundary = await trx
      .from('audit_events')
      .where('created_at', '<', comparableTime(trx, cutoff))
      .orderBy('id', 'desc')
      .select('id', 'hash')
      .first()
    const count = boundary ? await countUpTo(trx, boundary.id) : 0
    if (dryRun || !boundary) {
      return {
        status: dryRun ? 'dry-run' : 'pruned',
        count,
        cutoff,
        anchorId: boundary?.id ?? null,
      }
    }

    await trx.from('audit_events').where('id', '<=', boundary.id).delete()
    await trx
      .from(CHAIN_TABLE)
      .where('id', 1)
      .update({ anchor_id: boundary.id, anchor_hash: boundary.hash })
    await new RecordAuditEvent().handle(
      {
        ...actor,
        event: 'audit.pruned',
        targetType: 'audit_trail',
        details: { count, before: cutoff.toFormat(STORED_TIME_FORMAT), anchorId: boundary.id },
      },
      trx
    )
    return { status: 'pruned', count, cutoff, anchorId: boundary.id }
  }
}

async function countUpTo(trx: TransactionClientContract, id: number) {
  const [row] = await trx.from('audit_events').where('id', '<=', id).count('* as total')
  return Number(row.total)
}
