import { test } from '@japa/runner'
import Upload from '#models/upload'
import { makePng } from '#tests/helpers/upload_files'
import { listedNames, setUpMedia } from './helpers.js'

test.group('Media / upload form without JavaScript', (group) => {
  const state = setUpMedia(group)

  test('the gallery’s form sends one file and comes back to the gallery with a notice', async ({
    client,
    assert,
  }) => {
    const { author } = state.cast
    const page = await client.get('/admin/media').loginAs(author)
    page.assertTextIncludes('enctype="multipart/form-data"')
    page.assertTextIncludes('name="file"')

    const response = await client
      .post('/uploads')
      .file('file', await makePng(40, 30), { filename: 'sketch.png' })
      .fields({ visibility: 'private' })
      .header('referer', '/admin/media')
      .withCsrfToken()
      .loginAs(author)

    response.assertStatus(200)
    assert.deepEqual(listedNames(response.text()), ['sketch.png'])
    response.assertTextIncludes('“sketch.png” is uploaded.')
    const upload = await Upload.findByOrFail('originalName', 'sketch.png')
    assert.equal(upload.ownerId, author.id)
    assert.equal(upload.visibility, 'private')
  })
})
