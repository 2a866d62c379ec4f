import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import {
  entryHash,
  hashedFieldsOf,
  inIdOrder,
  readChain,
  storedEntries,
} from '#actions/audit/audit_chain'

/**
 * Why an entry breaks the chain:
 * - `altered`: its content no longer matches its own hash;
 * - `unlinked`: it does not point at the entry before it (one was deleted
 *   or rewritten in between, or at the start of the trail);
 * - `unrecorded`: it lies past the end the chain recorded (inserted by hand);
 * - `missing`: the chain's recorded last entry is gone (the end was deleted).
 */
export type ChainBreak = 'altered' | 'unlinked' | 'unrecorded' | 'missing'

export type ChainVerification =
  | { intact: true; count: number }
  | { intact: false; count: number; entryId: number; reason: ChainBreak; previousId: number | null }

/**
 * Walks the trail in id order and recomputes every hash and link, from the
 * anchor left by the last prune (or the very start) to the recorded end.
 */
export default class VerifyAuditChain {
  /** Checks the whole trail; `count` is the number of entries found sound. */
  async handle(client: QueryClientContract = db.connection()): Promise<ChainVerification> {
    let chain = await readChain(client)
    let count = 0
    let previous: { id: number; hash: string } | null = null
    const broken = (entryId: number, reason: ChainBreak): ChainVerification => ({
      intact: false,
      count,
      entryId,
      reason,
      previousId: previous?.id ?? chain.anchorId,
    })

    for await (const row of inIdOrder(() => storedEntries(client))) {
      // An entry appended since the chain was read moved its end: read it again.
      if (chain.headId === null || row.id > chain.headId) chain = await readChain(client)
      if (chain.headId === null || row.id > chain.headId) return broken(row.id, 'unrecorded')
      const expectedPrevious = previous ? previous.hash : chain.anchorHash
      if (row.previous_hash !== expectedPrevious) return broken(row.id, 'unlinked')
      if (!row.hash || entryHash(hashedFieldsOf(row)) !== row.hash) return broken(row.id, 'altered')
      previous = { id: row.id, hash: row.hash }
      count += 1
    }

    if (chain.headId === null) return { intact: true, count }
    if (previous?.id !== chain.headId) return broken(chain.headId, 'missing')
    if (previous.hash !== chain.headHash) return broken(chain.headId, 'altered')
    return { intact: true, count }
  }
}
