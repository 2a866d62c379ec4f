import emitter from '@adonisjs/core/services/emitter'
import { Mailer } from '@adonisjs/mail'
import { SMTPTransport } from '@adonisjs/mail/transports/smtp'

export type SmtpSettings = {
  host: string
  port: number
  secure?: boolean
  user?: string
  password?: string
  fromAddress: string
  fromName?: string
}

const SMTP_TIMEOUT_MS = 10_000

/**
 * Sends one plain-text message through SMTP settings that are not saved
 * yet (the installer's "send test email"), then closes the connection.
 */
export async function sendWithSmtpSettings(
  settings: SmtpSettings,
  message: { to: string; subject: string; text: string }
) {
  const transport = new SMTPTransport({
    host: settings.host,
    port: settings.port,
    secure: Boolean(settings.secure),
    auth: settings.user
      ? { type: 'login', user: settings.user, pass: settings.password ?? '' }
      : undefined,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  })
  const mailer = new Mailer('installer', transport, emitter)
  try {
    await mailer.send((mail) => {
      mail
        .from(settings.fromAddress, settings.fromName)
        .to(message.to)
        .subject(message.subject)
        .text(message.text)
    })
  } finally {
    await mailer.close()
  }
}
