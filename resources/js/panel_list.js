/*
 * Admin lists without full reloads. The list works as plain links and
 * forms; with JavaScript, sort, filter and page links fetch the same URL
 * and swap the list in place, keeping the address bar (and so bookmarks
 * and the back button) in step.
 */
const LIST = '[data-panel-list]'

function syncSelectAll(list) {
  const all = list.querySelector('[data-panel-select-all]')
  if (!all) return
  const rows = [...list.querySelectorAll('[data-panel-row]')]
  all.hidden = rows.length === 0
  all.checked = rows.length > 0 && rows.every((row) => row.checked)
  all.indeterminate = !all.checked && rows.some((row) => row.checked)
}

async function load(url, { push }) {
  const current = document.querySelector(LIST)
  if (!current) return (window.location.href = url)
  current.setAttribute('aria-busy', 'true')
  try {
    const response = await fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
    // Anything unusual (a sign-in redirect, an error page) is shown as a real page.
    if (!response.headers.get('content-type')?.includes('text/html') || response.redirected) {
      return (window.location.href = url)
    }
    const page = new DOMParser().parseFromString(await response.text(), 'text/html')
    const next = page.querySelector(LIST)
    if (!next) return (window.location.href = url)
    current.replaceWith(next)
    document.title = page.title
    if (push) window.history.pushState({ panelList: true }, '', url)
    enhance(next)
    next.querySelector('[data-panel-summary]')?.focus({ preventScroll: true })
  } catch {
    window.location.href = url
  }
}

function enhance(list) {
  const summary = list.querySelector('[data-panel-summary]')
  summary?.setAttribute('tabindex', '-1')
  syncSelectAll(list)

  list.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-panel-link]')
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
    event.preventDefault()
    load(link.href, { push: true })
  })

  const filters = list.querySelector('[data-panel-filters]')
  filters?.addEventListener('submit', (event) => {
    event.preventDefault()
    const params = new URLSearchParams()
    for (const [name, value] of new FormData(filters)) {
      if (value !== '') params.append(name, value)
    }
    const query = params.toString()
    load(filters.action + (query ? `?${query}` : ''), { push: true })
  })
  for (const select of list.querySelectorAll('[data-panel-autosubmit]')) {
    select.addEventListener('change', () => filters.requestSubmit())
  }

  list.querySelector('[data-panel-select-all]')?.addEventListener('change', (event) => {
    for (const row of list.querySelectorAll('[data-panel-row]')) row.checked = event.target.checked
  })
  list.addEventListener('change', (event) => {
    if (event.target.matches('[data-panel-row]')) syncSelectAll(list)
  })
}

export function enhancePanelLists() {
  const list = document.querySelector(LIST)
  if (!list) return
  enhance(list)
  window.addEventListener('popstate', () => load(window.location.href, { push: false }))
}
