import type Content from '#models/content'
import type ContentRevision from '#models/content_revision'
import type { Actor } from '#actions/users/actor'
import SaveContent from '#actions/contents/save_content'
import { ContentRuleException } from '#actions/contents/content_errors'

/**
 * Puts a revision's title, excerpt and body back. It goes through
 * SaveContent, so the restore is itself a new revision and the item keeps
 * its status, slug and taxonomy.
 */
export default class RestoreRevision {
  async handle(content: Content, revision: ContentRevision, actor: Actor): Promise<Content> {
    if (revision.contentId !== content.id) {
      throw new ContentRuleException('contents.errors.revision_of_other_item')
    }
    return new SaveContent().handle(
      content,
      { title: revision.title, excerpt: revision.excerpt, body: revision.body },
      actor,
      { event: 'content.revision_restored', details: { revisionId: revision.id } }
    )
  }
}
