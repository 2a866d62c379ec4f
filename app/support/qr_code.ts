import QRCode from 'qrcode'

/**
 * A QR code as a data: URL of an SVG image, drawn by the app itself: the
 * secret it carries never leaves the server, and the CSP allows data: images.
 */
export async function qrCodeDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
}
