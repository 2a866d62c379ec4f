import { generateSecret, generateURI, verify } from 'otplib'

/*
| Time-based one-time passwords (RFC 6238) with the settings every
| authenticator app understands: SHA-1, 6 digits, 30-second steps.
*/
export const TOTP_PERIOD_SECONDS = 30

// One step either side absorbs a phone clock that is up to 30 seconds off.
export const TOTP_DRIFT_STEPS = 1

const CODE_FORMAT = /^\d{6}$/

/** A new random secret: 20 bytes (160 bits, RFC 4226's recommendation) in Base32. */
export function generateTotpSecret(): string {
  return generateSecret({ length: 20 })
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, account: { issuer: string; label: string }): string {
  return generateURI({ issuer: account.issuer, label: account.label, secret })
}

/** The secret in groups of four characters, easier to type by hand. */
export function formatManualKey(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret
}

/** The time step a moment falls in (seconds since the epoch by default: now). */
export function totpStepAt(epochSeconds = Math.floor(Date.now() / 1000)): number {
  return Math.floor(epochSeconds / TOTP_PERIOD_SECONDS)
}

/**
 * Checks a code typed by the user and returns the time step it belongs to, or
 * null. Steps at or before `lastStep` are refused, so a code that was already
 * accepted cannot be used again while it is still within the window.
 */
export async function verifyTotp(
  secret: string,
  code: string,
  options: { lastStep?: number | null; epoch?: number } = {}
): Promise<number | null> {
  const token = code.replace(/\s+/g, '')
  if (!CODE_FORMAT.test(token)) return null

  const epoch = options.epoch ?? Math.floor(Date.now() / 1000)
  const newestStep = totpStepAt(epoch) + TOTP_DRIFT_STEPS
  const lastStep = options.lastStep ?? null
  // otplib throws when afterTimeStep lies beyond the window; every step would be refused anyway.
  if (lastStep !== null && lastStep >= newestStep) return null

  const result = await verify({
    secret,
    token,
    epoch,
    epochTolerance: TOTP_DRIFT_STEPS * TOTP_PERIOD_SECONDS,
    afterTimeStep: lastStep ?? undefined,
  })
  // The result type also covers HOTP, whose answers carry no time step.
  return result.valid && 'timeStep' in result ? result.timeStep : null
}
