import { test } from '@japa/runner'
import edge from 'edge.js'
import i18nManager from '@adonisjs/i18n/services/main'
import { seedUpload, setUpMedia } from './helpers.js'

/** Renders the media.field component as a page would, without a request. */
function renderField(props: Record<string, unknown>, errors: Record<string, string[]> = {}) {
  const i18n = i18nManager.locale('en')
  return edge
    .share({
      t: (key: string, data?: Record<string, unknown>) => i18n.t(key, data),
      flashMessages: {
        get: (key: string, fallback: unknown) => (key === 'inputErrorsBag' ? errors : fallback),
      },
      old: () => undefined,
    })
    .renderRaw('@!media.field(props)', { props })
}

test.group('Media / image field component', (group) => {
  const state = setUpMedia(group)

  test('without a file: an empty number input, with its hint and the picker buttons hidden', async ({
    assert,
  }) => {
    const html = await renderField({ name: 'coverUploadId', label: 'Cover image' })

    assert.include(
      html,
      '<label for="media-field-coverUploadId" class="media-field__label">Cover image</label>'
    )
    assert.match(html, /<input id="media-field-coverUploadId" name="coverUploadId" type="number"/)
    assert.include(html, 'data-media-field-buttons hidden')
    assert.include(html, 'No image chosen.')
    assert.include(html, 'id="media-strings"')
  })

  test('with a chosen file: its id, its preview and its name', async ({ assert }) => {
    const upload = await seedUpload(state.cast.author, { originalName: 'cover.png' })

    const html = await renderField({ name: 'coverUploadId', value: upload.id, upload })

    assert.include(html, `value="${upload.id}"`)
    assert.include(html, `<img src="/uploads/${upload.id}/thumb" alt="" data-media-field-image />`)
    assert.include(html, '>cover.png</span>')
    assert.include(html, 'data-kind="image"')
  })

  test('shows the form’s error for the field', async ({ assert }) => {
    const html = await renderField(
      { name: 'coverUploadId', value: 999 },
      { coverUploadId: ['Choose an image from the media library'] }
    )

    assert.include(html, '<p class="field__error">Choose an image from the media library</p>')
    assert.include(html, 'aria-invalid="true"')
    assert.include(html, '>#999</span>')
  })
})
