import { test } from '@japa/runner'
import Upload from '#models/upload'
import AuditEvent from '#models/audit_event'
import { fieldErrors } from '#tests/helpers/form_errors'
import { seedUpload, setUpMedia } from './helpers.js'

test.group('Media / details', (group) => {
  const state = setUpMedia(group)

  test('shows the file’s facts, its address and its resized copies', async ({ client }) => {
    const { author } = state.cast
    const upload = await seedUpload(author, { originalName: 'harbour.png', altText: 'Boats' })

    const response = await client.get(`/admin/media/${upload.id}`).loginAs(author)

    response.assertStatus(200)
    response.assertTextIncludes(
      '<h1 id="media-detail-title" class="media-detail__title">harbour.png</h1>'
    )
    response.assertTextIncludes(`value="http://localhost:3333/uploads/${upload.id}"`)
    response.assertTextIncludes(`<img src="/uploads/${upload.id}/w640" alt="Boats" />`)
    response.assertTextIncludes(
      `href="/uploads/${upload.id}/thumb">thumb: 200 × 150 px, 900 bytes</a>`
    )
    response.assertTextIncludes('800 × 600 px')
    response.assertTextIncludes('name="altText"')
  })

  test('an editor sees another’s file read-only; an author is refused another’s private file', async ({
    client,
    assert,
  }) => {
    const { editor, author, otherAuthor } = state.cast
    const secret = await seedUpload(otherAuthor, { visibility: 'private' })
    const open = await seedUpload(otherAuthor)

    const asEditor = await client.get(`/admin/media/${secret.id}`).loginAs(editor)
    asEditor.assertStatus(200)
    assert.notInclude(asEditor.text(), 'name="altText"')
    asEditor.assertTextIncludes('Only the owner of this file or an administrator can change it.')

    const asAuthor = await client.get(`/admin/media/${secret.id}`).loginAs(author)
    asAuthor.assertStatus(403)
    const publicOne = await client.get(`/admin/media/${open.id}`).loginAs(author)
    publicOne.assertStatus(200)

    const missing = await client.get('/admin/media/999999').loginAs(author)
    missing.assertStatus(404)
  })

  test('the owner saves the alt text and visibility, and the change is audited', async ({
    client,
    assert,
  }) => {
    const { author } = state.cast
    const upload = await seedUpload(author, { originalName: 'door.png' })

    const response = await client
      .post(`/admin/media/${upload.id}`)
      .form({ altText: '  A red door in Lisbon  ', visibility: 'private' })
      .withCsrfToken()
      .loginAs(author)
      .redirects(0)

    response.assertStatus(302)
    response.assertHeader('location', `/admin/media/${upload.id}`)
    response.assertFlashMessage('success', '“door.png” saved.')
    await upload.refresh()
    assert.equal(upload.altText, 'A red door in Lisbon')
    assert.equal(upload.visibility, 'private')

    const event = await AuditEvent.query().where('event', 'upload.updated').firstOrFail()
    assert.equal(event.actorId, author.id)
    assert.equal(event.targetType, 'upload')
    assert.equal(event.targetId, String(upload.id))
    assert.deepEqual(event.parsedChanges, {
      before: { altText: null, visibility: 'public' },
      after: { altText: 'A red door in Lisbon', visibility: 'private' },
    })
  })

  test('an emptied alt text is stored as none, and an unchanged form writes nothing', async ({
    client,
    assert,
  }) => {
    const { admin, author } = state.cast
    const upload = await seedUpload(author, { altText: 'Old words' })

    await client
      .post(`/admin/media/${upload.id}`)
      .form({ altText: '', visibility: 'public' })
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    await upload.refresh()
    assert.isNull(upload.altText)

    const again = await client
      .post(`/admin/media/${upload.id}`)
      .form({ altText: '', visibility: 'public' })
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    again.assertFlashMessage('success', 'Nothing to save: “picture.png” is unchanged.')
    assert.lengthOf(await AuditEvent.query().where('event', 'upload.updated'), 1)
  })

  test('refuses an alt text over 255 characters and an unknown visibility, saying why', async ({
    client,
    assert,
  }) => {
    const { author } = state.cast
    const upload = await seedUpload(author, { altText: 'Kept' })

    const response = await client
      .post(`/admin/media/${upload.id}`)
      .form({ altText: 'x'.repeat(256), visibility: 'everyone' })
      .withCsrfToken()
      .loginAs(author)
      .header('referer', `/admin/media/${upload.id}`)
      .redirects(0)

    response.assertStatus(302)
    assert.deepEqual(fieldErrors(response), {
      altText: ['The alternative text must not be longer than 255 characters'],
      visibility: ['The visibility must be “public” or “private”'],
    })
    const missing = await client
      .post(`/admin/media/${upload.id}`)
      .form({ altText: 'Fine' })
      .withCsrfToken()
      .loginAs(author)
      .redirects(0)
    assert.deepEqual(fieldErrors(missing), { visibility: ['The visibility is required'] })
    await upload.refresh()
    assert.equal(upload.altText, 'Kept')
    assert.equal(upload.visibility, 'public')
  })

  test('shows the validation messages on the page it comes back to', async ({ client }) => {
    const { author } = state.cast
    const upload = await seedUpload(author)

    const response = await client
      .post(`/admin/media/${upload.id}`)
      .form({ altText: 'y'.repeat(300), visibility: 'public' })
      .withCsrfToken()
      .loginAs(author)
      .header('referer', `/admin/media/${upload.id}`)

    response.assertStatus(200)
    response.assertTextIncludes('The alternative text must not be longer than 255 characters')
    response.assertTextIncludes('aria-invalid="true"')
  })

  test('nobody but the owner or an admin changes a file', async ({ client, assert }) => {
    const { editor, otherAuthor, member, author } = state.cast
    const upload = await seedUpload(author, { altText: 'Mine' })

    for (const intruder of [editor, otherAuthor, member]) {
      const response = await client
        .post(`/admin/media/${upload.id}`)
        .form({ altText: 'Hijacked', visibility: 'private' })
        .withCsrfToken()
        .loginAs(intruder)
      response.assertStatus(403)
    }
    const refreshed = await Upload.findOrFail(upload.id)
    assert.equal(refreshed.altText, 'Mine')
    assert.equal(refreshed.visibility, 'public')
  })

  test('a form without its CSRF token changes nothing', async ({ client, assert }) => {
    const { author } = state.cast
    const upload = await seedUpload(author, { altText: 'Mine' })

    const response = await client
      .post(`/admin/media/${upload.id}`)
      .form({ altText: 'Forged', visibility: 'private' })
      .loginAs(author)
      .redirects(0)

    assert.notEqual(response.status(), 200)
    await upload.refresh()
    assert.equal(upload.altText, 'Mine')
  })
})
