import { type Diagnostic, pass, warn } from '#actions/doctor/diagnostic'

/**
 * Outside production, error pages show stack traces and source code and
 * logs are pretty-printed (app/exceptions/handler.ts, config/logger.ts).
 * That is right on a developer's machine, hence a warning, not a failure.
 */
export function checkDebugMode(nodeEnv: string, prettyLogs: boolean): Diagnostic {
  if (nodeEnv !== 'production') {
    return warn(
      'debugMode',
      `Debug mode is on (NODE_ENV=${nodeEnv}): error pages show stack traces`,
      'Set NODE_ENV=production in .env on any site the public can reach.'
    )
  }
  if (prettyLogs) {
    return warn(
      'debugMode',
      'Logs are pretty-printed in production, which log collectors cannot parse',
      'Remove the pino-pretty target for production from config/logger.ts.'
    )
  }
  return pass('debugMode', 'Debug mode is off: error pages hide details, logs are JSON')
}
