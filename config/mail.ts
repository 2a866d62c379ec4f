import env from '#start/env'
import { defineConfig } from '@adonisjs/mail'
import { instancePath } from '#support/instance'
import FileTransport from '#services/mail_file_transport'
import SettingsSmtpTransport from '#services/mail_smtp_transport'

/**
 * Outgoing mail. "smtp" sends through the server saved in the admin
 * settings, else the SMTP_* variables (looked up for each message, see
 * app/services/mail_settings.ts). "file" writes each message as an .eml
 * file under storage/mail/, for development without a mail server.
 * `mail.sendLater()` goes through the retrying queue of
 * providers/mail_queue_provider.ts.
 */
const defaultMailer =
  env.get('MAIL_MAILER') ??
  (env.get('SMTP_HOST') || env.get('NODE_ENV') === 'production' ? 'smtp' : 'file')

const mailConfig = defineConfig({
  default: defaultMailer,
  // Messages built by app/mails set their own sender from the settings;
  // this one is for plain `mail.send(callback)` calls.
  from: {
    address: env.get('MAIL_FROM_ADDRESS', 'filamenta@localhost'),
    name: env.get('MAIL_FROM_NAME', 'Filamenta'),
  },
  mailers: {
    smtp: () => new SettingsSmtpTransport(),
    file: () => new FileTransport(instancePath(env.get('MAIL_FILE_PATH', 'storage/mail'))),
  },
})

export default mailConfig

declare module '@adonisjs/mail/types' {
  export interface MailersList extends InferMailers<typeof mailConfig> {}
}
