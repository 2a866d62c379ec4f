import { Exception } from '@adonisjs/core/exceptions'
import { updateEnvFile } from '#support/env_file'

/** `.env` could not be written: the caller says what that left unchanged. */
export class EnvFileWriteException extends Exception {
  static status = 500
  static code = 'E_ENV_FILE_WRITE'

  constructor(path: string, error: unknown, consequence: string) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    super(`Could not write ${path} (${reason}), so ${consequence}.`, { cause: error })
  }
}

/** Writes the key variables into `.env`, turning a file system error into one sentence. */
export async function writeKeysToEnvFile(
  path: string,
  keys: { APP_KEY: string; APP_KEY_PREVIOUS: string | undefined },
  consequence: string
) {
  try {
    await updateEnvFile(path, keys)
  } catch (error) {
    throw new EnvFileWriteException(path, error, consequence)
  }
}
