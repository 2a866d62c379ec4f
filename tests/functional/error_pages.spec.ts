import { test } from '@japa/runner'
import { Socket } from 'node:net'
import { IncomingMessage } from 'node:http'
import testUtils from '@adonisjs/core/services/test_utils'
import HttpExceptionHandler from '#exceptions/handler'

/*
| Only 404 can be reached by a request today, and the friendly 500 page is
| used in production only; the pages are rendered directly here.
*/
test.group('Error pages / 403 and 500', () => {
  for (const [status, kind, english, french] of [
    [403, 'forbidden', 'Access denied', 'Accès refusé'],
    [500, 'server_error', 'Something went wrong', 'Une erreur est survenue'],
  ] as const) {
    test(`the ${status} page is localized`, async ({ assert }) => {
      for (const [language, title] of [
        ['en', english],
        ['fr', french],
      ]) {
        const req = new IncomingMessage(new Socket())
        req.headers['accept-language'] = language
        const ctx = await testUtils.createHttpContext({ req })
        const html = await new HttpExceptionHandler().renderErrorPage(ctx, status, kind)
        assert.include(html, `<h1 id="error-title">${title}</h1>`)
        assert.include(html, `lang="${language}"`)
      }
    })
  }
})
