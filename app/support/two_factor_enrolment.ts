import type { HttpContext } from '@adonisjs/core/http'
import type User from '#models/user'

const ENROLMENT_SESSION_KEY = 'twoFactorEnrolment'

// Flash data lives for one request only: new recovery codes are shown once, then gone.
export const RECOVERY_CODES_FLASH_KEY = 'recoveryCodes'

/*
| The secret of an enrolment in progress stays in the session, never in the
| database, until a code confirms it. It is tied to the user, since signing
| in keeps the session's data.
*/
export function rememberPendingSecret(ctx: HttpContext, user: User, secret: string) {
  ctx.session.put(ENROLMENT_SESSION_KEY, { userId: user.id, secret })
}

/** The secret awaiting confirmation for this user, if any. */
export function pendingSecret(ctx: HttpContext, user: User): string | null {
  const pending = ctx.session.get(ENROLMENT_SESSION_KEY)
  if (!pending || pending.userId !== user.id || typeof pending.secret !== 'string') return null
  return pending.secret
}

export function forgetPendingSecret(ctx: HttpContext) {
  ctx.session.forget(ENROLMENT_SESSION_KEY)
}
