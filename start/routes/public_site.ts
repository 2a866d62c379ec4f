/*
| The public site's contents: listing, items, category and tag pages, the
| Atom feed and the sitemap. Pages carry short-lived cache headers.
*/
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

const publicPages = router.named({
  cacheHeaders: () => import('#middleware/public_cache_headers_middleware'),
})

router
  .group(() => {
    router.get('/c', [controllers.public.Contents, 'index'])
    router.get('/c/:slug', [controllers.public.Contents, 'show'])
    router.get('/category/:slug', [controllers.public.Categories, 'show'])
    router.get('/tag/:slug', [controllers.public.Tags, 'show'])
    router.get('/feed.xml', [controllers.public.Feed, 'show'])
    router.get('/sitemap.xml', [controllers.public.Sitemap, 'show'])
  })
  .use([middleware.requireInstalled(), publicPages.cacheHeaders()])
