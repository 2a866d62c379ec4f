import { isInstalled } from '#support/install_state'
import { AlreadyInstalledException } from '#exceptions/install_errors'

/**
 * Stops before the first question when the site is installed and `--force`
 * was not given, rather than after the last. The install action makes the
 * same check; this one only spares a person the questions.
 */
export async function refuseWhenInstalled(force: boolean) {
  if (!force && (await isInstalled())) throw new AlreadyInstalledException()
}
