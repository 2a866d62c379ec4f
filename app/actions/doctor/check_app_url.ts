import { type Diagnostic, fail, pass, warn } from '#actions/doctor/diagnostic'

const FIX = "Set APP_URL in .env to the site's public address, e.g. https://example.org."

/** Links in emails and the secure-cookie rule are built from APP_URL. */
export function checkAppUrl(appUrl: string | undefined, production: boolean): Diagnostic {
  if (appUrl) return pass('appUrl', `APP_URL is ${appUrl}`)
  const message = 'APP_URL is not set: links fall back to HOST and PORT'
  return production ? fail('appUrl', message, FIX) : warn('appUrl', message, FIX)
}
