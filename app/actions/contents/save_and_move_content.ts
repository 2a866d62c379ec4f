import type Content from '#models/content'
import type { ContentStatus } from '#models/content'
import type { Actor } from '#actions/users/actor'
import SaveContent, { type ContentInput } from '#actions/contents/save_content'
import ChangeContentStatus from '#actions/contents/change_content_status'
import { canTransition } from '#actions/contents/workflow'
import { ContentRuleException } from '#actions/contents/content_errors'

/**
 * A save that may also move the item along the workflow ("Submit for
 * review", "Publish" beside the text). The move is checked before anything
 * is written, so a move the workflow lacks saves nothing. Whether this
 * actor may make the move is the caller's policy check, as for
 * ChangeContentStatus. A new item starts as a draft.
 */
export default class SaveAndMoveContent {
  async handle(
    content: Content | null,
    input: ContentInput,
    to: ContentStatus | null,
    actor: Actor
  ): Promise<Content> {
    const from = content?.status ?? 'draft'
    if (to && !canTransition(from, to)) {
      throw new ContentRuleException('contents.errors.transition', { from, to })
    }
    const saved = await new SaveContent().handle(content, input, actor)
    if (to) await new ChangeContentStatus().handle(saved, to, actor)
    return saved
  }
}
