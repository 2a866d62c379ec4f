/*
 * Browser entry point. Alpine's CSP build evaluates no strings as code, so
 * the strict Content-Security-Policy needs no 'unsafe-eval': behaviour is
 * registered here as named components and referenced from the markup.
 */
import Alpine from '@alpinejs/csp'
import { enhancePanelLists } from './panel_list.js'

// The installer's database step: show only the fields of the chosen engine.
Alpine.data('databaseForm', () => ({
  engine: 'sqlite',
  init() {
    this.engine = this.$el.dataset.engine || 'sqlite'
  },
  get isSqlite() {
    return this.engine === 'sqlite'
  },
  get isServer() {
    return this.engine !== 'sqlite'
  },
}))

/*
 * Password strength meter (zxcvbn). Its dictionaries weigh about a megabyte,
 * so they load on first use, only on pages that have the meter.
 */
let estimator
function loadEstimator() {
  estimator ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(
    ([core, common]) => {
      const factory = new core.ZxcvbnFactory({
        dictionary: common.dictionary,
        graphs: common.adjacencyGraphs,
      })
      return (password) => factory.check(password).score
    }
  )
  return estimator
}

Alpine.data('passwordStrength', () => ({
  score: 0,
  visible: false,
  get isHidden() {
    return !this.visible
  },
  init() {
    const input = this.$el.querySelector('input[type=password]')
    input?.addEventListener('input', async () => {
      const password = input.value
      this.visible = password.length > 0
      if (!this.visible) return
      const estimate = await loadEstimator()
      // Ignore answers to keystrokes that are no longer the field's value.
      if (input.value === password) this.score = estimate(password)
    })
  },
}))

window.Alpine = Alpine
Alpine.start()
enhancePanelLists()

// Chart.js is large: it loads only on pages that draw a chart (the admin dashboard).
const chart = document.querySelector('[data-chart]')
if (chart) import('./dashboard_chart.js').then(({ drawChart }) => drawChart(chart))

// Content editor: Tiptap is heavy, so it loads only on the editor page.
const contentEditor = document.querySelector('[data-content-editor]')
if (contentEditor) {
  import('./content_editor.js').then(({ mountContentEditor }) => mountContentEditor(contentEditor))
}

// Media (SPEC 6.4): upload zones with progress, and image fields that open the media picker.
if (document.querySelector('[data-media-upload]')) {
  import('./media_upload.js').then(({ enhanceUploadZones }) => enhanceUploadZones())
}
if (document.querySelector('[data-media-field]')) {
  import('./media_picker.js').then(({ enhanceMediaFields }) => enhanceMediaFields())
}
