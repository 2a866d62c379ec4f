import { test } from '@japa/runner'
import { Socket } from 'node:net'
import { IncomingMessage } from 'node:http'
import testUtils from '@adonisjs/core/services/test_utils'
import i18nManager from '@adonisjs/i18n/services/main'
import { ContentRuleException } from '#actions/contents/content_errors'

/** A request context in `locale` that accepts `accept`. */
async function contextFor(locale: string, accept: string) {
  const req = new IncomingMessage(new Socket())
  req.headers.accept = accept
  req.headers.referer = '/admin/contents/1/edit'
  const ctx = await testUtils.createHttpContext({ req })
  ctx.i18n = i18nManager.locale(locale)
  const flashed: Record<string, unknown> = {}
  ;(ctx as any).session = {
    flash: (key: string, value: unknown) => (flashed[key] = value),
    pull: () => undefined,
    flashExcept: (except: string[]) => (flashed.input = `all but ${except.join(' ')}`),
  }
  return { ctx, flashed }
}

test.group('ContentRuleException', () => {
  test('answers a JSON client with a 422 in its language', async ({ assert }) => {
    const { ctx } = await contextFor('fr', 'application/json')
    const error = new ContentRuleException('contents.errors.slug_taken', {}, 'slug')

    await error.handle(error, ctx)

    assert.equal(ctx.response.getStatus(), 422)
    assert.deepEqual(ctx.response.getBody(), {
      errors: [{ field: 'slug', message: 'Un autre contenu utilise déjà cette adresse' }],
    })
  })

  test('sends a browser back with the message under the field', async ({ assert }) => {
    const { ctx, flashed } = await contextFor('en', 'text/html')
    const error = new ContentRuleException('contents.errors.cover_not_usable', {}, 'coverUploadId')

    await error.handle(error, ctx)

    assert.equal(ctx.response.getStatus(), 302)
    assert.equal(ctx.response.getHeader('location'), '/admin/contents/1/edit')
    assert.deepEqual(flashed, {
      input: 'all but _csrf _method',
      inputErrorsBag: { coverUploadId: ['The cover must be an image you are allowed to use'] },
    })
  })

  test('flashes a message about no field as an error', async ({ assert }) => {
    const { ctx, flashed } = await contextFor('en', 'text/html')
    const error = new ContentRuleException('contents.errors.transition', {
      from: 'draft',
      to: 'archived',
    })

    await error.handle(error, ctx)

    assert.deepEqual(flashed, {
      input: 'all but _csrf _method',
      error: 'A draft cannot be archived.',
    })
  })
})
