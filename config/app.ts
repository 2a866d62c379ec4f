import env from '#start/env'
import app from '@adonisjs/core/services/app'
import proxyAddr from 'proxy-addr'
import { defineConfig } from '@adonisjs/core/http'

// HTTP server settings shared by every request.
export const http = defineConfig({
  // Honour and return X-Request-Id so log lines can be joined across services.
  generateRequestId: true,
  allowMethodSpoofing: false,
  // X-Forwarded-For is believed only from the proxies listed in TRUSTED_PROXIES
  // (addresses, CIDRs or loopback/linklocal/uniquelocal); otherwise a client
  // could pick its own IP and dodge per-IP rate limits.
  trustProxy: proxyAddr.compile(
    env
      .get('TRUSTED_PROXIES', '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
  ),
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
