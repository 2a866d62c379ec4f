/*
 * Which addresses a link in a content body may point to. The server's
 * sanitiser has the last word; refusing here tells the writer at once
 * instead of letting the link silently disappear on save.
 */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/** True for web and mail addresses and for paths on this site. */
export function isSafeLinkHref(value) {
  const href = String(value ?? '').trim()
  if (href === '') return false
  try {
    // The URL parser drops tabs and newlines, so "java\tscript:" is caught too.
    return SAFE_PROTOCOLS.has(new URL(href, window.location.origin).protocol)
  } catch {
    return false
  }
}

/** What the writer typed, as an address: "example.org" means a web site, not a path. */
export function normaliseLinkHref(value) {
  const href = String(value ?? '').trim()
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(href)
  const isLocal = /^[/#?.]/.test(href)
  return hasScheme || isLocal || href === '' ? href : `https://${href}`
}
