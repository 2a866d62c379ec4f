import { type Diagnostic, fail, pass } from '#actions/doctor/diagnostic'
import { notApplicable } from '#actions/doctor/not_applicable'

/** In production, sessions and passwords must only travel over HTTPS. */
export function checkHttps(appUrl: string | undefined, production: boolean): Diagnostic {
  if (!production) return notApplicable('https', 'HTTPS')
  if (appUrl?.startsWith('https://')) return pass('https', `The public URL ${appUrl} uses HTTPS`)
  return fail(
    'https',
    `The public URL ${appUrl || '(APP_URL unset)'} does not use HTTPS`,
    'Serve the site over HTTPS and set APP_URL to its https:// address.'
  )
}
