import { type Diagnostic, fail, pass } from '#actions/doctor/diagnostic'
import { notApplicable } from '#actions/doctor/not_applicable'

/** Which cookies the resolved config marks `Secure` (config/session.ts, config/app.ts). */
export type CookieSecurity = { session: boolean; other: boolean }

/** A cookie without `Secure` leaks the session on any plain-HTTP request. */
export function checkSecureCookies(cookies: CookieSecurity, production: boolean): Diagnostic {
  if (!production) return notApplicable('secureCookies', 'Secure cookies')
  if (cookies.session && cookies.other) {
    return pass('secureCookies', 'Session and other cookies are marked Secure')
  }
  const which = [!cookies.session && 'the session cookie', !cookies.other && 'other cookies']
    .filter(Boolean)
    .join(' and ')
  return fail(
    'secureCookies',
    `Not marked Secure: ${which}`,
    'Set APP_URL to the https:// address of the site, which turns the Secure flag on.'
  )
}
