import { stat } from 'node:fs/promises'
import { type Diagnostic, describeError, pass, warn } from '#actions/doctor/diagnostic'

/** `.env` holds APP_KEY and passwords: only its owner should read it. */
export async function checkEnvFileMode(path: string): Promise<Diagnostic> {
  try {
    const stats = await stat(path)
    const mode = stats.mode & 0o777
    const octal = mode.toString(8).padStart(3, '0')
    if ((mode & 0o077) === 0)
      return pass('envFile', `${path} is readable by its owner only (${octal})`)
    return warn(
      'envFile',
      `${path} is open to other users (mode ${octal})`,
      `Run \`chmod 600 ${path}\`.`
    )
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return pass('envFile', `No ${path}: the configuration comes from the environment`)
    }
    return warn(
      'envFile',
      `Cannot read the mode of ${path}: ${describeError(error)}`,
      `Run \`chmod 600 ${path}\`.`
    )
  }
}
