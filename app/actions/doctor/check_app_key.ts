import { isUsableAppKey } from '#support/env_file'
import { type Diagnostic, fail, pass } from '#actions/doctor/diagnostic'

const FIX =
  'Set APP_KEY in .env to a random secret of 32 characters or more (`node ace generate:key`).'

/**
 * A random key of 32 characters has 14 or more different ones even in hex;
 * fewer means it was typed by hand ("aaaa…", "1234…") and can be guessed.
 */
const MINIMUM_DISTINCT_CHARACTERS = 10

/** APP_KEY encrypts sessions and stored secrets: it must be a real, long secret. */
export function checkAppKey(key: string | undefined): Diagnostic {
  if (!key) return fail('appKey', 'APP_KEY is not set', FIX)
  if (!isUsableAppKey(key)) {
    return fail('appKey', `APP_KEY is too short (${key.length} characters) or a sample value`, FIX)
  }
  if (new Set(key).size < MINIMUM_DISTINCT_CHARACTERS) {
    return fail('appKey', 'APP_KEY is too repetitive to be random', FIX)
  }
  return pass('appKey', `APP_KEY is present and strong (${key.length} characters)`)
}
