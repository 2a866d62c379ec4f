import type User from '#models/user'
import { siteName } from '#support/site_settings'
import { qrCodeDataUrl } from '#support/qr_code'
import { userNeedsTwoFactor } from '#support/two_factor_challenge'
import { formatManualKey, generateTotpSecret, totpUri } from '#support/totp'

export type EnrolmentStart = { status: 'started'; secret: string } | { status: 'already_enabled' }

/**
 * Starts turning 2FA on: a new secret for the user's authenticator app. The
 * secret is not stored until a code from the app proves it was saved there.
 */
export default class BeginEnrolment {
  async handle(user: User): Promise<EnrolmentStart> {
    if (userNeedsTwoFactor(user)) return { status: 'already_enabled' }
    return { status: 'started', secret: generateTotpSecret() }
  }

  /** What the app needs to add the account: a QR code and the key to type by hand. */
  static async details(user: User, secret: string) {
    const uri = totpUri(secret, { issuer: await siteName(), label: user.email })
    return { qrCode: await qrCodeDataUrl(uri), manualKey: formatManualKey(secret) }
  }
}
