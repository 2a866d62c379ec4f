import { existsSync } from 'node:fs'
import { instancePath } from '#support/instance'
import { type Diagnostic, pass } from '#actions/doctor/diagnostic'

/**
 * The environment was validated by start/env.ts before any check could run
 * (an invalid one stops the boot, which `filamenta doctor` reports as its
 * own failed check), so this says which environment and which file it came
 * from.
 */
export function checkConfiguration(nodeEnv: string, envFile = instancePath('.env')): Diagnostic {
  const source = existsSync(envFile)
    ? `read from ${envFile}`
    : 'no .env file, process environment only'
  return pass('configuration', `Configuration valid (NODE_ENV=${nodeEnv}, ${source})`)
}
