/*
 * Browser entry point. Alpine's CSP build evaluates no strings as code, so
 * the strict Content-Security-Policy needs no 'unsafe-eval': behaviour is
 * registered here as named components and referenced from the markup.
 */
import Alpine from '@alpinejs/csp'

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

window.Alpine = Alpine
Alpine.start()
