import limiter from '@adonisjs/limiter/services/main'

/*
| Keys name the operation and the subject, never the URL, so changing the
| path's case or adding a trailing slash lands on the same counter. The IP is
| the one AdonisJS derives, which ignores X-Forwarded-For unless the proxy is
| trusted (TRUSTED_PROXIES).
*/
const perIp = () => limiter.use({ requests: 20, duration: '15 mins', blockDuration: '15 mins' })
const perAccount = () =>
  limiter.use({ requests: 10, duration: '15 mins', blockDuration: '15 mins' })

const ipKey = (ip: string) => `login:ip:${ip}`
const accountKey = (uid: string) => `login:account:${uid.trim().toLowerCase()}`

/** Seconds until this IP or account may try again; 0 when it may now. */
export async function loginRetryAfter(ip: string, uid: string): Promise<number> {
  const [ipWait, accountWait] = await Promise.all([
    perIp()
      .isBlocked(ipKey(ip))
      .then((blocked) => (blocked ? perIp().availableIn(ipKey(ip)) : 0)),
    perAccount()
      .isBlocked(accountKey(uid))
      .then((blocked) => (blocked ? perAccount().availableIn(accountKey(uid)) : 0)),
  ])
  return Math.max(ipWait, accountWait)
}

/** Counts a failed sign-in against the IP and the account name tried. */
export async function countFailedLogin(ip: string, uid: string) {
  await Promise.all([perIp().increment(ipKey(ip)), perAccount().increment(accountKey(uid))])
}

/** A successful sign-in clears the account's counter (not the IP's). */
export async function clearAccountLimit(uid: string) {
  await perAccount().delete(accountKey(uid))
}
