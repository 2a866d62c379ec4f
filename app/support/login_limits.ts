import limiter from '@adonisjs/limiter/services/main'
import { getSetting } from '#support/settings/get_setting'

/*
| Keys name the operation and the subject, never the URL, so changing the
| path's case or adding a trailing slash lands on the same counter. The IP is
| the one AdonisJS derives, which ignores X-Forwarded-For unless the proxy is
| trusted (TRUSTED_PROXIES).
*/
// The numbers are the admin's `security.login_rate_limits` setting.
async function limiters() {
  const limits = await getSetting('security.login_rate_limits')
  const window = `${limits.windowMinutes} mins`
  return {
    perIp: limiter.use({ requests: limits.perIp, duration: window, blockDuration: window }),
    perAccount: limiter.use({
      requests: limits.perAccount,
      duration: window,
      blockDuration: window,
    }),
  }
}

const ipKey = (ip: string) => `login:ip:${ip}`
const accountKey = (uid: string) => `login:account:${uid.trim().toLowerCase()}`

/** Seconds until this IP or account may try again; 0 when it may now. */
export async function loginRetryAfter(ip: string, uid: string): Promise<number> {
  const { perIp, perAccount } = await limiters()
  const [ipWait, accountWait] = await Promise.all([
    perIp.isBlocked(ipKey(ip)).then((blocked) => (blocked ? perIp.availableIn(ipKey(ip)) : 0)),
    perAccount
      .isBlocked(accountKey(uid))
      .then((blocked) => (blocked ? perAccount.availableIn(accountKey(uid)) : 0)),
  ])
  return Math.max(ipWait, accountWait)
}

/** Counts a failed sign-in against the IP and the account name tried. */
export async function countFailedLogin(ip: string, uid: string) {
  const { perIp, perAccount } = await limiters()
  await Promise.all([perIp.increment(ipKey(ip)), perAccount.increment(accountKey(uid))])
}

/** A successful sign-in clears the account's counter (not the IP's). */
export async function clearAccountLimit(uid: string) {
  const { perAccount } = await limiters()
  await perAccount.delete(accountKey(uid))
}
