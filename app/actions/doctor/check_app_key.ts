import env from '#start/env'
import { isUsableAppKey } from '#support/env_file'
import type { Diagnostic } from '#actions/doctor/diagnostic'

/** APP_KEY encrypts sessions and stored secrets: it must be a real, long secret. */
export function checkAppKey(): Diagnostic {
  const key = env.get('APP_KEY')?.release()
  if (isUsableAppKey(key)) return { id: 'appKey', ok: true, subject: 'APP_KEY' }
  return {
    id: 'appKey',
    ok: false,
    subject: 'APP_KEY',
    reason: key ? 'too short or a sample value' : 'not set',
  }
}
