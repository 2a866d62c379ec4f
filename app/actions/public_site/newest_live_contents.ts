import Content from '#models/content'

/**
 * Visitors' view of the contents: live items only, newest publish date
 * first. Items published at once have no date, so their creation counts.
 */
export function newestLiveContents() {
  return Content.query()
    .withScopes((scopes) => scopes.live())
    .orderByRaw('coalesce(publish_at, created_at) desc')
    .orderBy('id', 'desc')
}
