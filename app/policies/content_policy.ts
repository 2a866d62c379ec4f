import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#models/user'
import type Content from '#models/content'
import type { ContentStatus } from '#models/content'
import { allowedTransitions } from '#actions/contents/workflow'

/** Editors and admins run the site's contents; authors write their own. */
const owns = (user: User, content: Content) =>
  content.authorId !== null && content.authorId === user.id

/** A workflow move as the admin pages offer it: the ability it needs and its button. */
export type StatusAction = {
  to: ContentStatus
  ability: 'submit' | 'withdraw' | 'publish' | 'archive' | 'unpublish'
  labelKey: string
}

/**
 * Who may do what with contents (SPEC 5.4). Authors see and edit only
 * their own items, and edit or delete them only as drafts; they submit
 * drafts and withdraw them from review, but never publish. Editors and
 * admins do everything. Members have no access.
 */
export default class ContentPolicy extends BasePolicy {
  viewAny(user: User) {
    return user.isWriter
  }

  view(user: User, content: Content) {
    return user.isEditor || (user.isWriter && owns(user, content))
  }

  create(user: User) {
    return user.isWriter
  }

  edit(user: User, content: Content) {
    return user.isEditor || (user.isWriter && owns(user, content) && content.status === 'draft')
  }

  /** draft → review. */
  submit(user: User, content: Content) {
    return content.status === 'draft' && this.view(user, content)
  }

  /** review → draft: the author withdraws it, or staff send it back. */
  withdraw(user: User, content: Content) {
    return content.status === 'review' && this.view(user, content)
  }

  /** draft, review or archived → published. */
  publish(user: User, content: Content) {
    return user.isEditor && content.status !== 'published'
  }

  /** published → archived. */
  archive(user: User, content: Content) {
    return user.isEditor && content.status === 'published'
  }

  /** published or archived → draft. */
  unpublish(user: User, content: Content) {
    return user.isEditor && (content.status === 'published' || content.status === 'archived')
  }

  delete(user: User, content: Content) {
    return user.isEditor || (user.isWriter && owns(user, content) && content.status === 'draft')
  }

  restoreRevision(user: User, content: Content) {
    return this.edit(user, content)
  }

  /** Whether this user may move the item to `to` now (the workflow must have the move too). */
  changeStatus(user: User, content: Content, to: ContentStatus) {
    return statusActions(user, content).some((action) => action.to === to)
  }
}

const ABILITY: Record<string, StatusAction['ability']> = {
  'draft>review': 'submit',
  'review>draft': 'withdraw',
  'draft>published': 'publish',
  'review>published': 'publish',
  'archived>published': 'publish',
  'published>archived': 'archive',
  'published>draft': 'unpublish',
  'archived>draft': 'unpublish',
}

function labelKey(user: User, content: Content, to: ContentStatus) {
  if (content.status === 'review' && to === 'draft') {
    return owns(user, content) ? 'contents.actions.withdraw' : 'contents.actions.send_back'
  }
  if (content.status === 'archived') {
    return to === 'draft' ? 'contents.actions.reopen' : 'contents.actions.republish'
  }
  return `contents.actions.${ABILITY[`${content.status}>${to}`]}`
}

/** The workflow moves this user may make on the item now, in the workflow's order, for the UI. */
export function statusActions(user: User, content: Content): StatusAction[] {
  const policy = new ContentPolicy()
  return allowedTransitions(content.status)
    .map((to) => ({
      to,
      ability: ABILITY[`${content.status}>${to}`],
      labelKey: labelKey(user, content, to),
    }))
    .filter((action) => policy[action.ability](user, content))
}
