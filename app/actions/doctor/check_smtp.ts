import nodemailer from 'nodemailer'
import type { SmtpServer } from '#services/mail_settings'
import { type Diagnostic, describeError, fail, pass, warn } from '#actions/doctor/diagnostic'

const TIMEOUT_MS = 5000

/**
 * How the site sends mail: written to files, or by SMTP through a server
 * that is saved in the settings or the SMTP_* variables (`configured`), or
 * unknown because the settings in the database could not be read.
 */
export type MailSetup =
  | { mailer: 'file'; folder: string }
  | { mailer: 'smtp'; server: SmtpServer; configured: boolean }
  | { mailer: 'smtp'; server: null; reason: string }

/** Connects and says EHLO (and logs in when a user is set) without sending anything. */
async function verify(server: SmtpServer) {
  const transporter = nodemailer.createTransport({
    host: server.host,
    port: server.port,
    secure: server.secure,
    auth: server.user ? { user: server.user, pass: server.password ?? '' } : undefined,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  })
  try {
    await transporter.verify()
  } finally {
    transporter.close()
  }
}

/** Verification emails and password resets only arrive if mail really goes out. */
export async function checkSmtp(setup: MailSetup, production: boolean): Promise<Diagnostic> {
  if (setup.mailer === 'file') {
    const message = `Mail is written to files in ${setup.folder}, not sent`
    if (!production) return pass('smtp', message)
    return warn(
      'smtp',
      message,
      'Set the SMTP server in the admin mail settings (or SMTP_HOST in .env) and remove MAIL_MAILER=file.'
    )
  }
  if (!setup.server) {
    return warn(
      'smtp',
      `SMTP not checked: the mail settings cannot be read (${setup.reason})`,
      'Fix the database checks above, then run doctor again.'
    )
  }

  const { server } = setup
  const where = `${server.host}:${server.port}${setup.configured ? '' : ' (default, nothing configured)'}`
  try {
    await verify(server)
    return pass(
      'smtp',
      `SMTP server ${where} accepts connections${server.user ? ' and the login' : ''}`
    )
  } catch (error) {
    return fail(
      'smtp',
      `SMTP server ${where} failed: ${describeError(error)}`,
      'Check the SMTP host, port, TLS and login in the admin mail settings (or SMTP_* in .env).'
    )
  }
}
