import { appendFile, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import nodemailer from 'nodemailer'
import { MailResponse } from '@adonisjs/mail'
import type { MailTransportContract, NodeMailerMessage } from '@adonisjs/mail/types'

/**
 * Development transport: each message becomes an `.eml` file (open it with
 * any mail client) in one folder, and a line in `index.jsonl` says when it
 * was sent, to whom and about what. Nothing leaves the machine.
 */
export default class FileTransport implements MailTransportContract {
  #composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })

  constructor(protected folder: string) {}

  async send(message: NodeMailerMessage) {
    const info = await this.#composer.sendMail(message)
    const sentAt = new Date().toISOString()
    const file = `${sentAt.replace(/[:.]/g, '-')}-${info.messageId.replace(/[^\w.-]/g, '')}.eml`

    await mkdir(this.folder, { recursive: true })
    await writeFile(join(this.folder, file), info.message as Buffer)
    const entry = { sentAt, to: info.envelope.to, subject: message.subject, file }
    await appendFile(join(this.folder, 'index.jsonl'), `${JSON.stringify(entry)}\n`)
    return new MailResponse(info.messageId, info.envelope, info)
  }
}
