/*
 * Media uploads with progress. The upload zone works as a plain form
 * without JavaScript (one file, then a notice); here it takes several
 * files, by drop or by choice, and sends each with XMLHttpRequest because
 * fetch() cannot report upload progress. Each file gets a preview, a
 * <progress> bar and its own message, taken from the server's JSON answer.
 */

const PREVIEW_LIMIT = 8 * 1024 * 1024
const PARALLEL_UPLOADS = 3

/** The page's words for the media scripts (see components/media/strings.edge). */
export function mediaStrings() {
  return document.getElementById('media-strings')?.dataset ?? {}
}

/** Fills `{name}`-style placeholders in one of those words. */
export function fill(text, values) {
  return String(text ?? '').replace(/\{(\w+)\}/g, (match, key) => values[key] ?? match)
}

/** The session's CSRF token: every signed-in page has one in its logout form. */
export function csrfToken(scope = document) {
  const meta = document.querySelector('meta[name="csrf-token"]')
  return (
    scope.querySelector('input[name="_csrf"]')?.value ??
    meta?.content ??
    document.querySelector('input[name="_csrf"]')?.value ??
    ''
  )
}

/**
 * Sends one file to POST /uploads. Resolves with the stored upload's JSON;
 * rejects with an Error whose message is the server's (or a network one).
 */
export function uploadFile(file, { visibility, onProgress, token = csrfToken() } = {}) {
  const strings = mediaStrings()
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open('POST', '/uploads')
    request.responseType = 'json'
    request.setRequestHeader('Accept', 'application/json')
    request.setRequestHeader('X-CSRF-Token', token)
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total)
    })
    request.addEventListener('load', () => {
      if (request.status >= 200 && request.status < 300 && request.response) {
        return resolve(request.response)
      }
      const message = request.response?.errors?.[0]?.message
      reject(new Error(message || `${strings.failed ?? 'Upload failed.'} (${request.status})`))
    })
    request.addEventListener('error', () => reject(new Error(strings.network ?? 'Network error')))
    const body = new FormData()
    // Left out, the server decides: images public, documents private.
    if (visibility) body.append('visibility', visibility)
    body.append('file', file, file.name)
    request.send(body)
  })
}

/** A queue line for one file: preview, name, progress bar and message. */
function queueItem(file) {
  const strings = mediaStrings()
  const item = document.createElement('li')
  item.className = 'media-queue__item'

  const preview = document.createElement('span')
  preview.className = 'media-queue__preview'
  if (file.type.startsWith('image/') && file.size <= PREVIEW_LIMIT) {
    // A data: URL, because the content security policy allows no blob: images.
    const reader = new FileReader()
    reader.addEventListener('load', () => {
      const image = document.createElement('img')
      image.alt = ''
      image.src = reader.result
      preview.replaceChildren(image)
    })
    reader.readAsDataURL(file)
  } else {
    preview.textContent = (file.name.split('.').pop() || '?').slice(0, 4).toUpperCase()
  }

  const body = document.createElement('span')
  body.className = 'media-queue__body'
  const name = document.createElement('span')
  name.className = 'media-queue__name'
  name.textContent = file.name
  const bar = document.createElement('progress')
  bar.max = 100
  bar.value = 0
  bar.setAttribute('aria-label', fill(strings.progress, { name: file.name }))
  const status = document.createElement('span')
  status.className = 'media-queue__status'
  status.textContent = strings.waiting ?? ''
  body.append(name, bar, status)
  item.append(preview, body)

  return {
    element: item,
    progress(fraction) {
      const percent = Math.round(fraction * 100)
      bar.value = percent
      status.textContent =
        percent >= 100 ? strings.processing : fill(strings.uploading, { percent })
    },
    done(upload, detailUrl) {
      bar.value = 100
      item.classList.add('is-done')
      status.textContent = `${strings.done ?? ''} `
      if (detailUrl) {
        const link = document.createElement('a')
        link.href = detailUrl
        link.textContent = strings.view ?? upload.originalName
        status.append(link)
      }
    },
    failed(message) {
      item.classList.add('is-failed')
      bar.remove()
      status.textContent = message
      status.setAttribute('role', 'alert')
    },
  }
}

/** Runs `task` over `items`, a few at a time, and resolves when all have settled. */
async function inPool(items, task) {
  let next = 0
  const worker = async () => {
    while (next < items.length) await task(items[next++])
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL_UPLOADS, items.length) }, worker))
}

/**
 * Uploads files into a queue list; resolves with the uploads that
 * succeeded. `detailUrl(upload)` gives each finished line a link.
 */
export async function uploadInto(queue, files, { visibility, token, detailUrl } = {}) {
  queue.hidden = false
  const jobs = [...files].map((file) => ({ file, line: queueItem(file) }))
  // A new batch goes above older ones, its files in the order they were chosen.
  queue.prepend(...jobs.map((job) => job.line.element))
  const stored = []
  await inPool(jobs, async ({ file, line }) => {
    try {
      const upload = await uploadFile(file, {
        visibility,
        token,
        onProgress: (fraction) => line.progress(fraction),
      })
      line.done(upload, detailUrl?.(upload))
      stored.push(upload)
    } catch (error) {
      line.failed(error.message)
    }
  })
  return stored
}

/** Swaps the gallery for a fresh copy of the page's, so new files show at once. */
async function refreshGallery() {
  const current = document.querySelector('[data-media-gallery]')
  if (!current) return
  current.setAttribute('aria-busy', 'true')
  try {
    const response = await fetch(window.location.href, { headers: { Accept: 'text/html' } })
    const page = new DOMParser().parseFromString(await response.text(), 'text/html')
    const next = page.querySelector('[data-media-gallery]')
    if (response.ok && next) current.replaceWith(next)
  } finally {
    current.removeAttribute('aria-busy')
  }
}

/** Drag-and-drop on an element: `onFiles` gets what was dropped. */
export function acceptDrops(zone, onFiles) {
  let depth = 0
  zone.addEventListener('dragenter', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return
    event.preventDefault()
    depth++
    zone.classList.add('is-dragging')
  })
  zone.addEventListener('dragover', (event) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault()
  })
  zone.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1)
    if (depth === 0) zone.classList.remove('is-dragging')
  })
  zone.addEventListener('drop', (event) => {
    event.preventDefault()
    depth = 0
    zone.classList.remove('is-dragging')
    if (event.dataTransfer?.files.length) onFiles(event.dataTransfer.files)
  })
}

function enhance(form) {
  const strings = mediaStrings()
  const input = form.querySelector('[data-media-file]')
  const zone = form.querySelector('[data-media-drop]')
  const queue = form.querySelector('[data-media-queue]')
  const visibility = form.querySelector('[data-media-visibility]')
  const token = form.querySelector('input[name="_csrf"]')?.value
  if (!input || !zone || !queue) return

  input.multiple = true
  input.required = false
  form.querySelector('[data-media-submit]')?.setAttribute('hidden', '')
  form.querySelector('[data-media-drop-hint]')?.removeAttribute('hidden')
  const label = form.querySelector('[data-media-file-label]')
  if (label && strings.chooseFiles) label.textContent = strings.chooseFiles
  zone.classList.add('is-enhanced')

  const send = async (files) => {
    const stored = await uploadInto(queue, files, {
      visibility: visibility?.value,
      token,
      detailUrl: (upload) => `/admin/media/${upload.id}`,
    })
    if (stored.length > 0) await refreshGallery()
  }
  input.addEventListener('change', () => {
    const files = [...input.files]
    input.value = ''
    if (files.length) send(files)
  })
  // Without JavaScript the form posts one file; with it, files go as soon as they are chosen.
  form.addEventListener('submit', (event) => event.preventDefault())
  acceptDrops(zone, send)
}

/** Enhances every upload zone of the page. */
export function enhanceUploadZones() {
  for (const form of document.querySelectorAll('[data-media-upload]')) enhance(form)
}
