import { test } from '@japa/runner'
import Upload from '#models/upload'
import backgroundJobs from '#support/background_jobs'
import { makePdf, makePng } from '#tests/helpers/upload_files'
import { assertNothingStored, postUpload, setUpUploads } from './helpers.js'

test.group('Uploads / permissions', (group) => {
  const state = setUpUploads(group)

  /** An upload of the author's, public or private, with its variants made. */
  async function authorsUpload(client: any, visibility: 'public' | 'private') {
    const response = await postUpload(client, await makePng(), {
      as: state.cast.author,
      filename: 'mine.png',
      fields: { visibility },
    })
    await backgroundJobs.idle()
    return Upload.findOrFail(response.body().id)
  }

  test('a guest cannot upload', async ({ client, assert }) => {
    const page = await postUpload(client, await makePng(), { filename: 'a.png', json: false })
    page.assertStatus(302)
    page.assertHeader('location', '/login')
    const script = await postUpload(client, await makePng(), { filename: 'a.png' })
    script.assertStatus(401)
    await assertNothingStored(assert, state.disk)
  })

  test('a member cannot upload', async ({ client, assert }) => {
    const response = await postUpload(client, await makePng(), {
      as: state.cast.member,
      filename: 'a.png',
    })
    response.assertStatus(403)
    await assertNothingStored(assert, state.disk)
  })

  test('admins, editors and authors upload', async ({ client, assert }) => {
    for (const role of ['admin', 'editor', 'author'] as const) {
      const response = await postUpload(client, makePdf(), {
        as: state.cast[role],
        filename: `${role}.pdf`,
      })
      response.assertStatus(201)
      const upload = await Upload.findOrFail(response.body().id)
      assert.equal(upload.ownerId, state.cast[role].id)
    }
  })

  test('a public upload is readable by anyone, guests included', async ({ client }) => {
    const upload = await authorsUpload(client, 'public')
    const guest = await client.get(`/uploads/${upload.id}`)
    guest.assertStatus(200)
    guest.assertHeader('cache-control', 'public, max-age=3600')
    const member = await client.get(`/uploads/${upload.id}/thumb`).loginAs(state.cast.member)
    member.assertStatus(200)
  })

  test('a private upload is for its owner and admins only', async ({ client, assert }) => {
    const upload = await authorsUpload(client, 'private')

    for (const path of [`/uploads/${upload.id}`, `/uploads/${upload.id}/thumb`]) {
      const guest = await client.get(path)
      guest.assertStatus(403)
      const other = await client.get(path).loginAs(state.cast.otherAuthor)
      other.assertStatus(403)
      const editor = await client.get(path).loginAs(state.cast.editor)
      editor.assertStatus(403)
      const owner = await client.get(path).loginAs(state.cast.author)
      assert.equal(owner.status(), 200, path)
      owner.assertHeader('cache-control', 'private, no-cache')
      const admin = await client.get(path).loginAs(state.cast.admin)
      admin.assertStatus(200)
    }
  })

  test('someone else’s upload cannot be deleted', async ({ client, assert }) => {
    const upload = await authorsUpload(client, 'private')

    const other = await client
      .delete(`/uploads/${upload.id}`)
      .loginAs(state.cast.otherAuthor)
      .withCsrfToken()
      .accept('json')
    other.assertStatus(403)
    const form = await client
      .post(`/uploads/${upload.id}/delete`)
      .loginAs(state.cast.editor)
      .withCsrfToken()
    form.assertStatus(403)
    const guest = await client.delete(`/uploads/${upload.id}`).withCsrfToken().accept('json')
    guest.assertStatus(401)

    assert.isNotNull(await Upload.find(upload.id))
    state.disk.assertExists(upload.storageKey)
  })

  test('a public upload is not anyone’s to delete either', async ({ client, assert }) => {
    const upload = await authorsUpload(client, 'public')
    const response = await client
      .delete(`/uploads/${upload.id}`)
      .loginAs(state.cast.otherAuthor)
      .withCsrfToken()
      .accept('json')
    response.assertStatus(403)
    assert.isNotNull(await Upload.find(upload.id))
  })

  test('unknown uploads and variants are not found', async ({ client }) => {
    const upload = await authorsUpload(client, 'public')
    const document = await postUpload(client, makePdf(), {
      as: state.cast.author,
      filename: 'notes.pdf',
      fields: { visibility: 'public' },
    })

    for (const path of [
      `/uploads/${upload.id + 1000}`,
      `/uploads/${upload.id}/huge`,
      `/uploads/${upload.id}/original`,
      `/uploads/${document.body().id}/thumb`,
      '/uploads/abc',
      '/uploads/../../etc/passwd',
    ]) {
      const response = await client.get(path)
      response.assertStatus(404)
    }
  })

  test('deleting without a CSRF token is refused', async ({ client, assert }) => {
    const upload = await authorsUpload(client, 'public')
    const response = await client
      .post(`/uploads/${upload.id}/delete`)
      .loginAs(state.cast.author)
      .redirects(0)
    assert.notEqual(response.status(), 200)
    assert.isNotNull(await Upload.find(upload.id))
  })
})
