/*
 * The editor page's smaller helpers: live character counts beside the SEO
 * fields, and a confirmation before restoring a revision. Without
 * JavaScript the counts show the saved text's length and a restore goes
 * through the revision page, which asks the same question.
 */
function format(template, values) {
  return String(template ?? '').replace(/\{(\w+)\}/g, (match, key) => values[key] ?? match)
}

function countCharacters(page, labels) {
  for (const input of page.querySelectorAll('[data-char-count]')) {
    const output = document.getElementById(input.dataset.charCount)
    if (!output) continue
    const update = () => {
      const count = [...input.value].length
      const max = Number(input.getAttribute('maxlength'))
      output.textContent = format(labels.charCount, { count, max })
      output.classList.toggle('content-editor__count--over', count > max)
    }
    input.addEventListener('input', update)
    update()
  }
}

function confirmRestores(page) {
  for (const form of page.querySelectorAll('form[data-confirm]')) {
    form.addEventListener('submit', (event) => {
      if (!window.confirm(form.dataset.confirm)) return event.preventDefault()
      const confirmed = document.createElement('input')
      confirmed.type = 'hidden'
      confirmed.name = 'confirmed'
      confirmed.value = '1'
      form.append(confirmed)
    })
  }
}

/** Wires the counters and confirmations found on `page`. */
export function enhanceEditorForm(page, labels) {
  countCharacters(page, labels)
  confirmRestores(page)
}
