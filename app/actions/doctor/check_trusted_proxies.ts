import proxyAddr from 'proxy-addr'
import { type Diagnostic, describeError, fail, pass, warn } from '#actions/doctor/diagnostic'

/** Wider ranges than a /8 (IPv4) or /16 (IPv6) hold public addresses of strangers. */
function isTooBroad(entry: string): boolean {
  const [address, prefix] = entry.split('/')
  if (prefix === undefined || !/^\d+$/.test(prefix)) return false
  return Number(prefix) < (address.includes(':') ? 16 : 8)
}

/**
 * X-Forwarded-For is believed from TRUSTED_PROXIES only (config/app.ts): a
 * range that takes in the internet lets any client choose its own IP and
 * slip past per-IP rate limits.
 */
export function checkTrustedProxies(value: string | undefined, production: boolean): Diagnostic {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (!entries.length) {
    return pass('trustedProxies', 'No proxy is trusted: client addresses come from the connection')
  }

  const fix =
    'List in TRUSTED_PROXIES only the addresses of your own reverse proxies, e.g. loopback.'
  try {
    proxyAddr.compile(entries)
  } catch (error) {
    return fail('trustedProxies', `TRUSTED_PROXIES is invalid: ${describeError(error)}`, fix)
  }
  const broad = entries.filter(isTooBroad)
  if (!broad.length) return pass('trustedProxies', `Trusted proxies: ${entries.join(', ')}`)

  const message = `TRUSTED_PROXIES trusts far too many addresses: ${broad.join(', ')}`
  return production ? fail('trustedProxies', message, fix) : warn('trustedProxies', message, fix)
}
