import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/core/http'

// HTTP server settings shared by every request.
export const http = defineConfig({
  // Honour and return X-Request-Id so log lines can be joined across services.
  generateRequestId: true,
  allowMethodSpoofing: false,
  useAsyncLocalStorage: false,
  cookie: {
    domain: '',
    path: '/',
    maxAge: '2h',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
})

// Public URL of the site, used to build absolute links.
export const appUrl = env.get('APP_URL', `http://${env.get('HOST')}:${env.get('PORT')}`)
