import { type Diagnostic, pass, warn } from '#actions/doctor/diagnostic'

const VERBOSE_LEVELS = new Set(['debug', 'trace'])

/** Debug and trace logs fill the disk fast and can carry request details. */
export function checkLogLevel(level: string, production: boolean): Diagnostic {
  if (!production || !VERBOSE_LEVELS.has(level)) return pass('logLevel', `LOG_LEVEL is ${level}`)
  return warn(
    'logLevel',
    `LOG_LEVEL is ${level} in production`,
    'Set LOG_LEVEL=info (or warn) in .env.'
  )
}
