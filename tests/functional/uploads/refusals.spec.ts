import { test } from '@japa/runner'
import { saveSetting } from '#support/settings_store'
import {
  HTML_PAGE,
  makeBombPng,
  makePng,
  makeZipArchive,
  PHP_SCRIPT,
  SVG_WITH_SCRIPT,
} from '#tests/helpers/upload_files'
import { assertNothingStored, postUpload, setUpUploads } from './helpers.js'

type Refusal = {
  title: string
  bytes: () => Buffer | Promise<Buffer>
  filename: string
  contentType?: string
  status: number
  message: string
  before?: () => Promise<void>
}

const onePixelPng = () => makePng(1, 1)

const REFUSALS: Refusal[] = [
  {
    title: 'a PHP script renamed .jpg',
    bytes: () => PHP_SCRIPT,
    filename: 'shell.jpg',
    status: 422,
    message: '“shell.jpg” is not an accepted type of file.',
  },
  {
    title: 'an SVG carrying a script',
    bytes: () => SVG_WITH_SCRIPT,
    filename: 'logo.svg',
    status: 422,
    message: '“logo.svg” is not an accepted type',
  },
  {
    title: 'an SVG named .png',
    bytes: () => SVG_WITH_SCRIPT,
    filename: 'logo.png',
    contentType: 'image/png',
    status: 422,
    message: '“logo.png” is not an accepted type',
  },
  {
    title: 'an HTML page',
    bytes: () => HTML_PAGE,
    filename: 'page.html',
    status: 422,
    message: '“page.html” is not an accepted type',
  },
  {
    title: 'a zip archive',
    bytes: makeZipArchive,
    filename: 'archive.zip',
    status: 422,
    message: '“archive.zip” is a ZIP file, which is not accepted.',
  },
  {
    title: 'a PNG declared as a PDF',
    bytes: onePixelPng,
    filename: 'invoice.pdf',
    contentType: 'application/pdf',
    status: 422,
    message: '“invoice.pdf” is really a PNG file',
  },
  {
    title: 'a PNG whose browser says it is a PDF',
    bytes: onePixelPng,
    filename: 'invoice.png',
    contentType: 'application/pdf',
    status: 422,
    message: '“invoice.png” is really a PNG file',
  },
  {
    title: 'a file over the size limit',
    bytes: async () => Buffer.concat([await onePixelPng(), Buffer.alloc(1024 * 1024)]),
    filename: 'huge.png',
    status: 413,
    message: '“huge.png” is too large: 1 MB at most for this kind of file.',
    before: () => saveSetting('uploads.max_image_mb', 1),
  },
  {
    title: 'an empty file',
    bytes: () => Buffer.alloc(0),
    filename: 'empty.png',
    status: 422,
    message: '“empty.png” is empty.',
  },
  {
    title: 'a name climbing folders',
    bytes: onePixelPng,
    filename: '../../x.png',
    status: 422,
    message: '“../../x.png” is not an acceptable file name',
  },
  {
    title: 'a name over 255 characters',
    bytes: onePixelPng,
    filename: `${'a'.repeat(300)}.png`,
    status: 422,
    message: 'is too long (255 characters at most).',
  },
  {
    title: 'a decompression bomb',
    bytes: () => makeBombPng(),
    filename: 'bomb.png',
    status: 422,
    message: '“bomb.png” is too large an image: 40 megapixels at most.',
  },
  {
    title: 'an image that cannot be read',
    bytes: () =>
      Buffer.concat([
        Buffer.from('ffd8ffe00010', 'hex'),
        Buffer.from('JFIF\0'),
        Buffer.alloc(40, 7),
      ]),
    filename: 'broken.jpg',
    status: 422,
    message: '“broken.jpg” looks like a JPEG image but cannot be read.',
  },
]

test.group('Uploads / refusals', (group) => {
  const state = setUpUploads(group)

  test('{title} is refused with a clear message')
    .with(REFUSALS)
    .run(async ({ client, assert }, refusal) => {
      await refusal.before?.()
      const response = await postUpload(client, await refusal.bytes(), {
        as: state.cast.author,
        filename: refusal.filename,
        contentType: refusal.contentType,
      })

      response.assertStatus(refusal.status)
      const [error] = response.body().errors
      assert.equal(error.field, 'file')
      assert.include(error.message, refusal.message)
      await assertNothingStored(assert, state.disk)
    })

  test('{title} is sent back to the form with the message')
    .with(REFUSALS)
    .run(async ({ client, assert }, refusal) => {
      await refusal.before?.()
      const response = await postUpload(client, await refusal.bytes(), {
        as: state.cast.author,
        filename: refusal.filename,
        contentType: refusal.contentType,
        json: false,
      }).header('referer', '/admin/media')

      response.assertStatus(302)
      response.assertHeader('location', '/admin/media')
      const errors = response.flashMessage('inputErrorsBag') as Record<string, string[]>
      assert.lengthOf(errors.file, 1)
      assert.include(errors.file[0], refusal.message)
      await assertNothingStored(assert, state.disk)
    })

  test('a request without a file is answered with a message', async ({ client, assert }) => {
    const response = await client
      .post('/uploads')
      .loginAs(state.cast.author)
      .withCsrfToken()
      .accept('json')
      .fields({ visibility: 'public' })

    response.assertStatus(422)
    assert.deepEqual(response.body(), {
      errors: [{ field: 'file', message: 'Choose a file to upload.' }],
    })
  })

  test('messages follow the visitor’s language', async ({ client, assert }) => {
    const response = await postUpload(client, PHP_SCRIPT, {
      as: state.cast.author,
      filename: 'shell.jpg',
    }).header('accept-language', 'fr')

    response.assertStatus(422)
    assert.include(
      response.body().errors[0].message,
      '« shell.jpg » n’est pas d’un type de fichier accepté'
    )
  })

  test('the pixel limit follows its setting', async ({ client, assert }) => {
    await saveSetting('uploads.max_image_megapixels', 1)
    const response = await postUpload(client, await makePng(1001, 1000), {
      as: state.cast.author,
      filename: 'wide.png',
    })

    response.assertStatus(422)
    assert.include(response.body().errors[0].message, '1 megapixels at most')
    await assertNothingStored(assert, state.disk)
  })

  test('an animation counts the pixels of every frame', async ({ client, assert }) => {
    await saveSetting('uploads.max_image_megapixels', 1)
    const { makeAnimatedGif } = await import('#tests/helpers/upload_files')
    const response = await postUpload(client, await makeAnimatedGif(5, 500, 500), {
      as: state.cast.author,
      filename: 'long.gif',
    })

    response.assertStatus(422)
    assert.include(response.body().errors[0].message, 'too large an image')
  })
})
