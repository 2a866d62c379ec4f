/*
 * The media picker: a modal <dialog> listing the library (search, kind
 * filter, pages) with an upload zone, from which one file is chosen.
 * `openMediaPicker()` is what the content editor calls to insert an image
 * or choose a cover; `enhanceMediaFields()` turns the media.field
 * component's number input into a preview with Choose and Remove buttons.
 */
import { acceptDrops, fill, mediaStrings, uploadInto } from './media_upload.js'

const SEARCH_DELAY = 250
const ACCEPT = {
  image: 'image/jpeg,image/png,image/gif,image/webp,image/avif',
  document: 'application/pdf,.docx,.xlsx',
}

function element(tag, attributes = {}, children = []) {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue
    if (name === 'text') node.textContent = value
    else node.setAttribute(name, value === true ? '' : value)
  }
  node.append(...children)
  return node
}

/** A small picture of the file: its thumbnail, or its extension on a sheet. */
function thumbnail(upload) {
  const extension = upload.originalName.split('.').pop() || '?'
  const sheet = () => element('span', { class: 'media-picker__doc', text: extension.toUpperCase() })
  if (!upload.thumbnailUrl) return sheet()
  const image = element('img', { src: upload.thumbnailUrl, alt: '', loading: 'lazy' })
  // Someone else's image whose copies are still being made has no picture yet.
  image.addEventListener('error', () => image.replaceWith(sheet()), { once: true })
  return image
}

/** The picker's markup, built here so no page has to carry it. */
function buildDialog(strings, kind) {
  const title = element('h2', { id: 'media-picker-title', text: strings.pickerTitle })
  const close = element('button', {
    type: 'button',
    class: 'media-picker__close',
    'aria-label': strings.close,
    text: '×',
  })
  const search = element('input', {
    type: 'search',
    id: 'media-picker-search',
    maxlength: 100,
    autocomplete: 'off',
    placeholder: strings.searchPlaceholder,
  })
  const kindSelect = element('select', { id: 'media-picker-kind' }, [
    element('option', { value: '', text: strings.anyKind }),
    element('option', { value: 'image', text: strings.image }),
    element('option', { value: 'document', text: strings.document }),
  ])
  kindSelect.value = kind ?? ''
  const toolbar = element('div', { class: 'media-picker__toolbar', role: 'search' }, [
    element('div', { class: 'field media-picker__search' }, [
      element('label', { for: 'media-picker-search', text: strings.search }),
      search,
    ]),
    element('div', { class: 'field', hidden: Boolean(kind) }, [
      element('label', { for: 'media-picker-kind', text: strings.kind }),
      kindSelect,
    ]),
  ])

  const file = element('input', {
    type: 'file',
    id: 'media-picker-file',
    multiple: true,
    accept: kind ? ACCEPT[kind] : `${ACCEPT.image},${ACCEPT.document}`,
  })
  const drop = element('div', { class: 'media-upload__zone media-picker__drop is-enhanced' }, [
    element('p', { class: 'media-upload__drop', text: `${strings.drop} ${strings.or}` }),
    element('div', { class: 'field media-upload__file' }, [
      element('label', { for: 'media-picker-file', text: strings.chooseFiles }),
      file,
    ]),
  ])
  const queue = element('ul', { class: 'media-queue', hidden: true, 'aria-live': 'polite' })

  const status = element('p', { class: 'media-picker__status', role: 'status' })
  const grid = element('ul', { class: 'media-picker__grid', 'aria-labelledby': 'media-picker-title' })
  const previous = element('button', { type: 'button', class: 'button', text: strings.previous })
  const next = element('button', { type: 'button', class: 'button', text: strings.next })
  const pageLabel = element('span', { class: 'media-picker__page' })
  const cancel = element('button', { type: 'button', class: 'button', text: strings.cancel })

  const dialog = element('dialog', { class: 'media-picker', 'aria-labelledby': 'media-picker-title' }, [
    element('header', { class: 'media-picker__header' }, [title, close]),
    toolbar,
    drop,
    queue,
    status,
    grid,
    element('footer', { class: 'media-picker__footer' }, [
      element('div', { class: 'media-picker__pages' }, [previous, pageLabel, next]),
      cancel,
    ]),
  ])
  return { dialog, close, cancel, search, kindSelect, file, drop, queue, status, grid, previous, next, pageLabel }
}

/**
 * Opens the picker and resolves with the chosen upload (the JSON of
 * GET /admin/media/library.json) or null when the dialog is closed.
 * `kind` ('image' or 'document') limits the list and the upload zone.
 */
export function openMediaPicker({ kind = null } = {}) {
  const strings = mediaStrings()
  const parts = buildDialog(strings, kind)
  const state = { page: 1, lastPage: 1, request: 0 }
  let chosen = null
  let searchTimer

  const load = async () => {
    const request = ++state.request
    const params = new URLSearchParams({ page: String(state.page) })
    if (parts.search.value.trim()) params.set('search', parts.search.value.trim())
    if (parts.kindSelect.value) params.set('kind', parts.kindSelect.value)
    parts.status.textContent = strings.loading ?? ''
    parts.grid.setAttribute('aria-busy', 'true')
    try {
      const response = await fetch(`/admin/media/library.json?${params}`, {
        headers: { Accept: 'application/json' },
      })
      if (!response.ok) throw new Error(String(response.status))
      const { data, meta } = await response.json()
      // A later search or page may have answered first: keep only the newest.
      if (request !== state.request) return
      state.lastPage = meta.lastPage
      render(data, meta)
    } catch {
      if (request === state.request) parts.status.textContent = strings.error ?? ''
    } finally {
      if (request === state.request) parts.grid.removeAttribute('aria-busy')
    }
  }

  const render = (uploads, meta) => {
    parts.status.textContent = uploads.length === 0 ? (strings.empty ?? '') : ''
    parts.grid.replaceChildren(
      ...uploads.map((upload) => {
        const button = element(
          'button',
          {
            type: 'button',
            class: 'media-picker__item',
            'aria-label': fill(strings.choose, { name: upload.originalName }),
          },
          [
            thumbnail(upload),
            element('span', { class: 'media-picker__name', text: upload.originalName }),
            // Visitors cannot see a private file: worth knowing before putting it in a page.
            upload.visibility === 'private'
              ? element('span', { class: 'media-badge media-badge--private', text: strings.private })
              : '',
          ]
        )
        button.addEventListener('click', () => {
          chosen = upload
          parts.dialog.close()
        })
        return element('li', {}, [button])
      })
    )
    parts.pageLabel.textContent = fill(strings.page, { page: meta.page, last: meta.lastPage })
    parts.previous.disabled = meta.page <= 1
    parts.next.disabled = meta.page >= meta.lastPage
  }

  const upload = async (files) => {
    const stored = await uploadInto(parts.queue, files)
    if (stored.length > 0) {
      state.page = 1
      await load()
    }
  }

  parts.search.addEventListener('input', () => {
    clearTimeout(searchTimer)
    searchTimer = setTimeout(() => {
      state.page = 1
      load()
    }, SEARCH_DELAY)
  })
  // Enter in the search box must not close the dialog or submit a page form.
  parts.search.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') event.preventDefault()
  })
  parts.kindSelect.addEventListener('change', () => {
    state.page = 1
    load()
  })
  parts.previous.addEventListener('click', () => {
    state.page = Math.max(1, state.page - 1)
    load()
  })
  parts.next.addEventListener('click', () => {
    state.page = Math.min(state.lastPage, state.page + 1)
    load()
  })
  parts.file.addEventListener('change', () => {
    const files = [...parts.file.files]
    parts.file.value = ''
    if (files.length) upload(files)
  })
  acceptDrops(parts.drop, upload)
  parts.close.addEventListener('click', () => parts.dialog.close())
  parts.cancel.addEventListener('click', () => parts.dialog.close())

  return new Promise((resolve) => {
    parts.dialog.addEventListener('close', () => {
      clearTimeout(searchTimer)
      parts.dialog.remove()
      resolve(chosen)
    })
    document.body.append(parts.dialog)
    parts.dialog.showModal()
    parts.search.focus()
    load()
  })
}

/** One media.field: the chosen file's preview, and buttons to choose or remove it. */
function enhanceField(field) {
  const strings = mediaStrings()
  const input = field.querySelector('[data-media-field-input]')
  const preview = field.querySelector('[data-media-field-preview]')
  const image = field.querySelector('[data-media-field-image]')
  const name = field.querySelector('[data-media-field-name]')
  const choose = field.querySelector('[data-media-field-choose]')
  const remove = field.querySelector('[data-media-field-remove]')
  if (!input || !preview || !choose || !remove) return

  input.type = 'hidden'
  preview.hidden = false
  field.querySelector('[data-media-field-buttons]')?.removeAttribute('hidden')
  field.querySelector('[data-media-field-hint]')?.setAttribute('hidden', '')
  // "Number of the file" only makes sense for the number input the buttons replace.
  field.querySelector('[data-media-field-number-label]')?.setAttribute('hidden', '')

  const show = (upload) => {
    input.value = upload ? String(upload.id) : ''
    if (upload?.thumbnailUrl) image.src = upload.thumbnailUrl
    image.hidden = !upload?.thumbnailUrl
    if (upload) name.textContent = upload.originalName
    else name.textContent = strings.none ?? ''
    remove.hidden = !input.value
    choose.textContent = input.value ? choose.dataset.labelChange : choose.dataset.labelChoose
    // Lets forms that track unsaved changes see this one.
    input.dispatchEvent(new Event('change', { bubbles: true }))
  }
  remove.hidden = !input.value

  choose.addEventListener('click', async () => {
    const upload = await openMediaPicker({ kind: field.dataset.kind || 'image' })
    if (upload) show(upload)
    choose.focus()
  })
  remove.addEventListener('click', () => {
    show(null)
    choose.focus()
  })
}

/** Enhances every media.field of the page. */
export function enhanceMediaFields() {
  for (const field of document.querySelectorAll('[data-media-field]')) enhanceField(field)
}
