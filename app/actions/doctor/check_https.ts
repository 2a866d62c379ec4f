import env from '#start/env'
import type { Diagnostic } from '#actions/doctor/diagnostic'

/** In production, sessions and passwords must only travel over HTTPS. */
export function checkHttps(): Diagnostic {
  const url = env.get('APP_URL') ?? ''
  if (url.startsWith('https://')) return { id: 'https', ok: true, subject: url }
  return {
    id: 'https',
    ok: false,
    subject: url || 'APP_URL',
    reason: 'APP_URL is not an https:// address',
  }
}
