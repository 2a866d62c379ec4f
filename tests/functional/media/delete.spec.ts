import { test } from '@japa/runner'
import Upload from '#models/upload'
import AuditEvent from '#models/audit_event'
import { seedUpload, setUpMedia } from './helpers.js'

test.group('Media / delete', (group) => {
  const state = setUpMedia(group)

  test('asks first, naming the file, then deletes it and its copies', async ({
    client,
    assert,
  }) => {
    const { author } = state.cast
    const upload = await seedUpload(author, { originalName: 'old-logo.png' })
    const keys = [upload.storageKey, ...upload.variantList.map((variant) => variant.storageKey)]
    for (const key of keys) await state.disk.put(key, 'bytes')

    const question = await client.get(`/admin/media/${upload.id}/delete`).loginAs(author)
    question.assertStatus(200)
    question.assertTextIncludes('Delete “old-logo.png”?')
    question.assertTextIncludes(`action="/admin/media/${upload.id}/delete"`)
    assert.isNotNull(await Upload.find(upload.id))

    const response = await client
      .post(`/admin/media/${upload.id}/delete`)
      .withCsrfToken()
      .loginAs(author)
      .redirects(0)

    response.assertStatus(302)
    response.assertHeader('location', '/admin/media')
    response.assertFlashMessage('success', '“old-logo.png” deleted.')
    assert.isNull(await Upload.find(upload.id))
    state.disk.assertMissing(keys)
    const event = await AuditEvent.query().where('event', 'upload.deleted').firstOrFail()
    assert.equal(event.targetId, String(upload.id))
  })

  test('an admin deletes anyone’s file', async ({ client, assert }) => {
    const { admin, author } = state.cast
    const upload = await seedUpload(author, { visibility: 'private' })

    const response = await client
      .post(`/admin/media/${upload.id}/delete`)
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)

    response.assertStatus(302)
    assert.isNull(await Upload.find(upload.id))
  })

  test('others can neither see the question nor delete', async ({ client, assert }) => {
    const { editor, otherAuthor, member, author } = state.cast
    const upload = await seedUpload(author)

    for (const intruder of [editor, otherAuthor, member]) {
      const question = await client.get(`/admin/media/${upload.id}/delete`).loginAs(intruder)
      question.assertStatus(403)
      const attempt = await client
        .post(`/admin/media/${upload.id}/delete`)
        .withCsrfToken()
        .loginAs(intruder)
      attempt.assertStatus(403)
    }
    assert.isNotNull(await Upload.find(upload.id))
    const guest = await client.post(`/admin/media/${upload.id}/delete`).withCsrfToken().redirects(0)
    guest.assertStatus(302)
    assert.isNotNull(await Upload.find(upload.id))
  })

  test('a missing file answers 404', async ({ client }) => {
    const response = await client
      .post('/admin/media/424242/delete')
      .withCsrfToken()
      .loginAs(state.cast.admin)
    response.assertStatus(404)
  })
})
