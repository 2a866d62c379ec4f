import { test } from '@japa/runner'
import Upload from '#models/upload'
import backgroundJobs from '#support/background_jobs'
import { makeDocx, makePdf, makePng } from '#tests/helpers/upload_files'
import { asBytes, auditEntries, postUpload, setUpUploads, storedKeys } from './helpers.js'

test.group('Uploads / serving and deleting', (group) => {
  const state = setUpUploads(group)

  test('a document is a download under its original name, never run', async ({
    client,
    assert,
  }) => {
    const bytes = makeDocx()
    const stored = await postUpload(client, bytes, {
      as: state.cast.author,
      filename: 'Compte rendu été.docx',
      fields: { visibility: 'public' },
    })

    const response = await asBytes(client.get(`/uploads/${stored.body().id}`))
    response.assertStatus(200)
    response.assertHeader(
      'content-type',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    )
    response.assertHeader('x-content-type-options', 'nosniff')
    response.assertHeader('content-security-policy', "default-src 'none'; sandbox")
    response.assertHeader(
      'content-disposition',
      `attachment; filename="Compte rendu _t_.docx"; filename*=UTF-8''Compte%20rendu%20%C3%A9t%C3%A9.docx`
    )
    assert.deepEqual(Buffer.from(response.body()), bytes)
  })

  test('an image is shown inline with its stored type', async ({ client }) => {
    const stored = await postUpload(client, await makePng(), {
      as: state.cast.author,
      filename: 'chart.png',
    })
    await backgroundJobs.idle()

    const response = await client.get(`/uploads/${stored.body().id}/w640`)
    response.assertStatus(200)
    response.assertHeader('content-type', 'image/png')
    response.assertHeader('x-content-type-options', 'nosniff')
    response.assertHeader('content-security-policy', "default-src 'none'; sandbox")
    response.assertHeader(
      'content-disposition',
      `inline; filename="chart.png"; filename*=UTF-8''chart.png`
    )
  })

  test('an unchanged file is answered 304 to a revalidation', async ({ client, assert }) => {
    const stored = await postUpload(client, makePdf(), {
      as: state.cast.author,
      filename: 'r.pdf',
      fields: { visibility: 'public' },
    })
    const upload = await Upload.findOrFail(stored.body().id)

    const first = await client.get(`/uploads/${upload.id}`)
    first.assertHeader('etag', `"${upload.sha256}"`)
    const again = await client
      .get(`/uploads/${upload.id}`)
      .header('if-none-match', `"${upload.sha256}"`)
    again.assertStatus(304)
    assert.isEmpty(again.text())
    const other = await client.get(`/uploads/${upload.id}`).header('if-none-match', '"other"')
    other.assertStatus(200)
  })

  test('the owner deletes an image with its variants', async ({ client, assert }) => {
    const stored = await postUpload(client, await makePng(), {
      as: state.cast.author,
      filename: 'bye.png',
    })
    await backgroundJobs.idle()
    const upload = await Upload.findOrFail(stored.body().id)
    assert.lengthOf(await storedKeys(state.disk), 5)

    const response = await client
      .delete(`/uploads/${upload.id}`)
      .loginAs(state.cast.author)
      .withCsrfToken()
      .accept('json')

    response.assertStatus(204)
    assert.isNull(await Upload.find(upload.id))
    assert.deepEqual(await storedKeys(state.disk), [])
    const [deleted] = await auditEntries('upload.deleted')
    assert.equal(deleted.actorId, state.cast.author.id)
    assert.equal(deleted.targetId, String(upload.id))
    const gone = await client.get(`/uploads/${upload.id}`)
    gone.assertStatus(404)
  })

  test('an admin deletes someone’s private file through the form', async ({ client, assert }) => {
    const stored = await postUpload(client, makePdf(), {
      as: state.cast.author,
      filename: 'private.pdf',
    })

    const response = await client
      .post(`/uploads/${stored.body().id}/delete`)
      .loginAs(state.cast.admin)
      .withCsrfToken()
      .header('referer', '/admin/media')
      .redirects(0)

    response.assertStatus(302)
    response.assertHeader('location', '/admin/media')
    assert.equal(response.flashMessage('success'), '“private.pdf” is deleted.')
    assert.deepEqual(await storedKeys(state.disk), [])
    const [deleted] = await auditEntries('upload.deleted')
    assert.equal(deleted.actorId, state.cast.admin.id)
  })
})
