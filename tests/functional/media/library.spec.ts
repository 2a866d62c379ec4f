import { test } from '@japa/runner'
import { seedUpload, setUpMedia } from './helpers.js'

test.group('Media / library JSON', (group) => {
  const state = setUpMedia(group)

  test('lists files newest first in the upload endpoint’s shape, with paging facts', async ({
    client,
    assert,
  }) => {
    const { admin } = state.cast
    const image = await seedUpload(admin, { originalName: 'cover.png', altText: 'A red door' })
    const pdf = await seedUpload(admin, { originalName: 'terms.pdf', kind: 'document' })

    const response = await client.get('/admin/media/library.json').loginAs(admin)

    response.assertStatus(200)
    const body = response.body()
    assert.deepEqual(body.meta, { page: 1, lastPage: 1, total: 2 })
    assert.deepEqual(
      body.data.map((upload: { id: number }) => upload.id),
      [pdf.id, image.id]
    )
    assert.containsSubset(body.data[1], {
      id: image.id,
      kind: 'image',
      mime: 'image/png',
      originalName: 'cover.png',
      sizeBytes: 12_345,
      width: 800,
      height: 600,
      visibility: 'public',
      altText: 'A red door',
      url: `/uploads/${image.id}`,
      thumbnailUrl: `/uploads/${image.id}/thumb`,
      variantsStatus: 'ready',
    })
    assert.containsSubset(body.data[0], { kind: 'document', thumbnailUrl: null, width: null })
    assert.notProperty(body.data[0], 'storageKey')
    assert.notProperty(body.data[0], 'sha256')
  })

  test('applies search, kind and page, and the author’s visibility rules', async ({
    client,
    assert,
  }) => {
    const { author, otherAuthor } = state.cast
    await seedUpload(author, {
      originalName: 'mine-secret.pdf',
      kind: 'document',
      visibility: 'private',
    })
    await seedUpload(otherAuthor, { originalName: 'their-secret.png', visibility: 'private' })
    for (let index = 0; index < 25; index++) {
      await seedUpload(otherAuthor, { originalName: `public-${index}.png` })
    }

    const names = async (query: string) => {
      const response = await client.get(`/admin/media/library.json?${query}`).loginAs(author)
      response.assertStatus(200)
      return {
        names: response.body().data.map((upload: { originalName: string }) => upload.originalName),
        meta: response.body().meta,
      }
    }

    const found = await names('search=secret')
    assert.deepEqual(found.names, ['mine-secret.pdf'])
    const documents = await names('kind=document')
    assert.deepEqual(documents.names, ['mine-secret.pdf'])
    const second = await names('kind=image&page=2')
    assert.deepEqual(second.names, ['public-0.png'])
    assert.deepEqual(second.meta, { page: 2, lastPage: 2, total: 25 })
  })

  test('answers 400 with a message per value it cannot use', async ({ client, assert }) => {
    const { editor } = state.cast
    const response = await client
      .get('/admin/media/library.json?kind=movie&page=abc')
      .loginAs(editor)

    response.assertStatus(400)
    assert.deepEqual(response.body(), {
      errors: [
        { field: 'kind', message: '“movie” is not a valid value for kind: it was ignored.' },
        { field: 'page', message: '“abc” is not a valid value for page: it was ignored.' },
      ],
    })
  })

  test('speaks the viewer’s language in its messages', async ({ client, assert }) => {
    const { editor } = state.cast
    editor.locale = 'fr'
    await editor.save()

    const response = await client.get('/admin/media/library.json?owner=x').loginAs(editor)

    response.assertStatus(400)
    assert.equal(
      response.body().errors[0].message,
      '« x » n’est pas une valeur valable pour owner : elle a été ignorée.'
    )
  })

  test('refuses members and visitors', async ({ client }) => {
    const member = await client
      .get('/admin/media/library.json')
      .accept('json')
      .loginAs(state.cast.member)
    member.assertStatus(403)

    const guest = await client.get('/admin/media/library.json').accept('json')
    guest.assertStatus(401)
  })
})
