import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type Content from '#models/content'
import ContentRevision from '#models/content_revision'
import type { Actor } from '#actions/users/actor'

/*
| What the audit trail keeps of an item: its short fields as they were and
| became. The body is too long for the trail; its revision holds it, and the
| entry only says that it changed and how long it is now.
*/
const AUDITED = [
  'title',
  'slug',
  'excerpt',
  'status',
  'publishAt',
  'authorId',
  'coverUploadId',
  'seoTitle',
  'seoDescription',
] as const

type Snapshot = Record<(typeof AUDITED)[number] | 'body', unknown>

/** The audited fields of an item, dates as UTC ISO text. */
export function snapshotOf(content: Content): Snapshot {
  const snapshot = { body: content.body } as Snapshot
  for (const name of AUDITED) {
    const value = content[name]
    snapshot[name] = value instanceof DateTime ? value.toUTC().toISO() : value
  }
  return snapshot
}

/** The before/after of the fields that differ, and what happened to the body. */
export function changesBetween(before: Snapshot | null, after: Snapshot) {
  const changed = AUDITED.filter((name) => !before || before[name] !== after[name])
  const pick = (snapshot: Snapshot) =>
    Object.fromEntries(changed.map((name) => [name, snapshot[name] ?? null]))
  return {
    changes: before ? { before: pick(before), after: pick(after) } : { after: pick(after) },
    body: {
      bodyChanged: !before || before.body !== after.body,
      bodyLength: String(after.body ?? '').length,
    },
  }
}

/** Keeps what the item holds now as a new revision, signed by the actor. */
export function writeRevision(content: Content, actor: Actor, trx: TransactionClientContract) {
  return ContentRevision.create(
    {
      contentId: content.id,
      authorId: actor.actorId ?? null,
      title: content.title,
      excerpt: content.excerpt,
      body: content.body,
      status: content.status,
    },
    { client: trx }
  )
}
