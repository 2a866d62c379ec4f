/** The longest original name kept, as the `original_name` column allows. */
export const MAX_NAME_LENGTH = 255

// NUL and the other control characters (C0, DEL, C1).
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g
const PATH_SEPARATORS = /[/\\]/

/**
 * What is wrong with a file's original name, if anything. It is only ever
 * metadata (storage uses a UUID), but a name that tries to climb folders or
 * smuggle control characters says the client is up to something: refused.
 */
export function originalNameProblem(name: string): 'name_invalid' | 'name_too_long' | null {
  if (name.length > MAX_NAME_LENGTH) return 'name_too_long'
  const hasControl = name.replace(CONTROL_CHARACTERS, '') !== name
  if (name.trim() === '' || hasControl || PATH_SEPARATORS.test(name) || /^\.+$/.test(name)) {
    return 'name_invalid'
  }
  return null
}

/** A name fit for messages: control characters shown as �, an absurd length cut. */
export function displayName(name: string): string {
  const printable = name.replace(CONTROL_CHARACTERS, '\ufffd')
  return printable.length > 80 ? `${printable.slice(0, 77)}…` : printable
}

/**
 * A `Content-Disposition` value naming the file: an ASCII fallback for old
 * clients and the exact name, percent-encoded, for the others (RFC 6266).
 */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\%;]/g, '_')
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`
  )
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`
}
