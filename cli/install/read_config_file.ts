import { readFile } from 'node:fs/promises'
import { UsageError } from '#cli/cli_failure'
import { usageMessages } from '#cli/messages'
import { INSTALL_FLAGS, SECRET_KEYS, type InstallValues } from '#cli/install/install_flags'

const KNOWN_KEYS: readonly string[] = INSTALL_FLAGS.map((entry) => entry.key)

/**
 * Reads `--config FILE.json`: one object whose keys are the flags' camelCase
 * names. Values are checked later by the install action like any flag;
 * here only the shape is, and a password key is refused outright.
 */
export async function readConfigFile(file: string): Promise<InstallValues> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new UsageError(
      usageMessages.unreadableConfig(file, (error as Error).message),
      'E_INVALID_CONFIG',
      'config'
    )
  }

  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new UsageError(
      usageMessages.invalidConfigJson(file, (error as Error).message),
      'E_INVALID_CONFIG',
      'config'
    )
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new UsageError(usageMessages.configNotObject(file), 'E_INVALID_CONFIG', 'config')
  }

  for (const key of Object.keys(parsed)) {
    if (SECRET_KEYS.includes(key)) {
      throw new UsageError(usageMessages.configPassword(key), 'E_INVALID_CONFIG', key)
    }
    if (!KNOWN_KEYS.includes(key)) {
      throw new UsageError(usageMessages.unknownConfigKey(key), 'E_INVALID_CONFIG', key)
    }
  }
  return parsed as InstallValues
}
