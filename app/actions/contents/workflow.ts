import type { ContentStatus } from '#models/content'

/*
| The editorial workflow (SPEC 5.4): which status may follow which. Who may
| make a move is the policy's business (app/policies/content_policy.ts);
| this table only says which moves exist.
*/
const TRANSITIONS: Record<ContentStatus, readonly ContentStatus[]> = {
  draft: ['review', 'published'],
  review: ['draft', 'published'],
  published: ['archived', 'draft'],
  archived: ['draft', 'published'],
}

/** The statuses an item in `from` may move to. */
export function allowedTransitions(from: ContentStatus): readonly ContentStatus[] {
  return TRANSITIONS[from] ?? []
}

/** Whether the workflow has a move from `from` to `to`. */
export function canTransition(from: ContentStatus, to: ContentStatus): boolean {
  return allowedTransitions(from).includes(to)
}
