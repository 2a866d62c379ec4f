import { isInstalled } from '#support/install_state'
import { type Diagnostic, fail, pass } from '#actions/doctor/diagnostic'

/** The install marker exists: the first admin and the site settings were created. */
export async function checkInstalled(): Promise<Diagnostic> {
  if (await isInstalled()) return pass('installed', 'The site is installed')
  return fail(
    'installed',
    'The site is not installed yet',
    'Run `filamenta install`, or open /install in a browser.'
  )
}
