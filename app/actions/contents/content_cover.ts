import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import Upload from '#models/upload'
import User from '#models/user'
import type { Actor } from '#actions/users/actor'
import { ContentRuleException } from '#actions/contents/content_errors'

/** Who wants to show the image: its owner and admins may use private ones. */
export type CoverViewer = { userId: number | null; isAdmin: boolean }

/**
 * The image upload `id` if the viewer may use it as a cover: any public
 * image, their own private ones, and every image for an admin.
 */
export async function findUsableCover(
  id: number,
  viewer: CoverViewer,
  client?: QueryClientContract
): Promise<Upload | null> {
  const query = Upload.query({ client }).where('id', id).where('kind', 'image')
  if (!viewer.isAdmin) {
    query.where((visible) => {
      visible.where('visibility', 'public')
      if (viewer.userId !== null) visible.orWhere('owner_id', viewer.userId)
    })
  }
  return query.first()
}

/** Throws a 422 on the cover field unless the actor may use upload `id` as a cover. */
export async function assertUsableCover(id: number, actor: Actor, client: QueryClientContract) {
  const user = actor.actorId ? await User.find(actor.actorId, { client }) : null
  // The command line acts as the site's operator.
  const viewer = { userId: user?.id ?? null, isAdmin: !actor.actorId || !!user?.isAdmin }
  if (!(await findUsableCover(id, viewer, client))) {
    throw new ContentRuleException('contents.errors.cover_not_usable', {}, 'coverUploadId')
  }
}
