import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/shield'

/*
| Where the Vite dev server serves assets (development and tests), it injects
| styles at runtime and talks to the page over a websocket, which the strict
| policy would block. A built site (`npm start`) gets the strict policy.
*/
// The same test @adonisjs/vite makes to decide whether its dev server runs.
const viteDevServer = app.getEnvironment() === 'test' || Boolean(process.env.DEV_MODE)

const shieldConfig = defineConfig({
  csp: {
    enabled: true,
    directives: {
      defaultSrc: [`'self'`],
      scriptSrc: [`'self'`, '@nonce', '@viteUrl'],
      styleSrc: viteDevServer ? [`'self'`, `'unsafe-inline'`, '@viteUrl'] : [`'self'`, '@nonce'],
      imgSrc: [`'self'`, 'data:'],
      fontSrc: [`'self'`],
      connectSrc: viteDevServer ? [`'self'`, 'ws:', 'wss:', '@viteUrl'] : [`'self'`],
      formAction: [`'self'`],
      frameAncestors: [`'none'`],
      baseUri: [`'self'`],
      objectSrc: [`'none'`],
    },
    reportOnly: false,
  },
  csrf: {
    enabled: true,
    exceptRoutes: [],
    enableXsrfCookie: false,
    methods: ['POST', 'PUT', 'PATCH', 'DELETE'],
  },
  xFrame: { enabled: true, action: 'DENY' },
  hsts: { enabled: app.inProduction, maxAge: '180 days' },
  contentTypeSniffing: { enabled: true },
})

export default shieldConfig
