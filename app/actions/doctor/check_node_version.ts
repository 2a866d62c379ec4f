import { MINIMUM_NODE_MAJOR } from '#actions/install/check_requirements'
import { type Diagnostic, fail, pass } from '#actions/doctor/diagnostic'

/** The framework and better-sqlite3 need a recent Node.js. */
export function checkNodeVersion(version = process.versions.node): Diagnostic {
  const required = `${MINIMUM_NODE_MAJOR} or newer required`
  if (Number(version.split('.')[0]) >= MINIMUM_NODE_MAJOR) {
    return pass('node', `Node.js version ${version} (${required})`)
  }
  return fail(
    'node',
    `Node.js version ${version} is too old (${required})`,
    `Install Node.js ${MINIMUM_NODE_MAJOR} or newer.`
  )
}
