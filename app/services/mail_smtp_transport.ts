import { SMTPTransport } from '@adonisjs/mail/transports/smtp'
import type { MailTransportContract, NodeMailerMessage } from '@adonisjs/mail/types'
import { smtpServer, type SmtpServer } from '#services/mail_settings'

// A dead server must fail the attempt (the queue retries it), not hang it.
const TIMEOUT_MS = 15_000

/**
 * SMTP transport that looks up the server before each message, so settings
 * an admin saves apply to the next message without a restart. The
 * connection is reused for as long as the settings stay the same.
 */
export default class SettingsSmtpTransport implements MailTransportContract {
  #current?: { key: string; transport: SMTPTransport }

  async send(message: NodeMailerMessage) {
    const transport = await this.transportFor(await smtpServer())
    return transport.send(message)
  }

  async close() {
    await this.#current?.transport.close()
    this.#current = undefined
  }

  protected async transportFor(server: SmtpServer): Promise<SMTPTransport> {
    const key = JSON.stringify(server)
    if (this.#current?.key === key) return this.#current.transport
    await this.close()

    const transport = new SMTPTransport({
      host: server.host,
      port: server.port,
      secure: server.secure,
      auth: server.user
        ? { type: 'login', user: server.user, pass: server.password ?? '' }
        : undefined,
      connectionTimeout: TIMEOUT_MS,
      greetingTimeout: TIMEOUT_MS,
      socketTimeout: TIMEOUT_MS,
    })
    this.#current = { key, transport }
    return transport
  }
}
