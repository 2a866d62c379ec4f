import { createHash } from 'node:crypto'
import { test } from '@japa/runner'
import Upload from '#models/upload'
import {
  makeAnimatedGif,
  makeDocx,
  makeImage,
  makePdf,
  makePng,
  makeXlsx,
} from '#tests/helpers/upload_files'
import { auditEntries, postUpload, setUpUploads, storedKeys } from './helpers.js'

const ACCEPTED = [
  { kind: 'image', mime: 'image/jpeg', filename: 'photo.jpg', bytes: () => makeImage('jpeg') },
  { kind: 'image', mime: 'image/png', filename: 'drawing.png', bytes: () => makePng() },
  { kind: 'image', mime: 'image/gif', filename: 'loop.gif', bytes: () => makeAnimatedGif() },
  { kind: 'image', mime: 'image/webp', filename: 'banner.webp', bytes: () => makeImage('webp') },
  { kind: 'image', mime: 'image/avif', filename: 'hero.avif', bytes: () => makeImage('avif') },
  { kind: 'document', mime: 'application/pdf', filename: 'report.pdf', bytes: makePdf },
  {
    kind: 'document',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    filename: 'letter.docx',
    bytes: makeDocx,
  },
  {
    kind: 'document',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    filename: 'budget.xlsx',
    bytes: makeXlsx,
  },
]

test.group('Uploads / storing', (group) => {
  const state = setUpUploads(group)

  test('a {filename} is accepted as {mime}')
    .with(ACCEPTED)
    .run(async ({ client, assert }, accepted) => {
      const bytes = await accepted.bytes()
      const response = await postUpload(client, bytes, {
        as: state.cast.author,
        filename: accepted.filename,
      })

      response.assertStatus(201)
      const upload = await Upload.findOrFail(response.body().id)
      const isImage = accepted.kind === 'image'
      const { createdAt, ...body } = response.body()
      assert.isString(createdAt)
      assert.deepEqual(body, {
        id: upload.id,
        kind: accepted.kind,
        mime: accepted.mime,
        originalName: accepted.filename,
        sizeBytes: bytes.length,
        width: upload.width,
        height: upload.height,
        visibility: isImage ? 'public' : 'private',
        altText: null,
        url: `/uploads/${upload.id}`,
        thumbnailUrl: isImage ? `/uploads/${upload.id}/thumb` : null,
        variantsStatus: isImage ? 'pending' : 'none',
      })
      assert.equal(upload.ownerId, state.cast.author.id)
      assert.equal(upload.sha256, createHash('sha256').update(bytes).digest('hex'))
      assert.match(upload.storageKey, /^uploads\/\d{4}\/\d{2}\/[0-9a-f-]{36}\.\w+$/)
      assert.deepEqual(Buffer.from(await state.disk.getBytes(upload.storageKey)), bytes)
      if (isImage) assert.isAbove(upload.width!, 0)
      else assert.isNull(upload.width)

      const [created] = await auditEntries('upload.created')
      assert.equal(created.actorId, state.cast.author.id)
      assert.equal(created.targetType, 'upload')
      assert.equal(created.targetId, String(upload.id))
    })

  test('the form chooses the visibility and the alternative text', async ({ client, assert }) => {
    const response = await postUpload(client, await makePng(), {
      as: state.cast.editor,
      filename: 'secret-plan.png',
      fields: { visibility: 'private', altText: '  A plan of the garden  ' },
    })

    response.assertStatus(201)
    const upload = await Upload.findOrFail(response.body().id)
    assert.equal(upload.visibility, 'private')
    assert.equal(upload.altText, 'A plan of the garden')
  })

  test('an unknown visibility is refused and nothing is stored', async ({ client, assert }) => {
    const response = await postUpload(client, await makePng(), {
      as: state.cast.editor,
      filename: 'plan.png',
      fields: { visibility: 'everyone' },
    })

    response.assertStatus(422)
    assert.equal(response.body().errors[0].field, 'visibility')
    assert.deepEqual(await storedKeys(state.disk), [])
  })

  test('a browser form is sent back with a confirmation', async ({ client, assert }) => {
    const response = await postUpload(client, makePdf(), {
      as: state.cast.admin,
      filename: 'minutes.pdf',
      json: false,
    }).header('referer', '/admin/media')

    response.assertStatus(302)
    response.assertHeader('location', '/admin/media')
    assert.equal(response.flashMessage('success'), '“minutes.pdf” is uploaded.')
    const stored = await Upload.findByOrFail('original_name', 'minutes.pdf')
    assert.equal(stored.ownerId, state.cast.admin.id)
  })

  test('the same file uploaded twice is stored twice under different names', async ({
    client,
    assert,
  }) => {
    const bytes = makePdf()
    const first = await postUpload(client, bytes, { as: state.cast.author, filename: 'a.pdf' })
    const second = await postUpload(client, bytes, { as: state.cast.author, filename: 'a.pdf' })

    const uploads = await Upload.query().whereIn('id', [first.body().id, second.body().id])
    assert.lengthOf(uploads, 2)
    assert.notEqual(uploads[0].storageKey, uploads[1].storageKey)
    assert.equal(uploads[0].sha256, uploads[1].sha256)
    assert.lengthOf(await storedKeys(state.disk), 2)
  })
})
