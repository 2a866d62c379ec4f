import env from '#start/env'
import { readSetting } from '#support/settings_store'
import { siteName } from '#support/site_settings'

/** Setting keys an admin fills in to send mail through their own SMTP server. */
export const MAIL_SETTING_KEYS = {
  host: 'mail.smtp.host',
  port: 'mail.smtp.port',
  secure: 'mail.smtp.secure',
  user: 'mail.smtp.user',
  password: 'mail.smtp.password',
  fromAddress: 'mail.from.address',
  fromName: 'mail.from.name',
} as const

export type SmtpServer = {
  host: string
  port: number
  secure: boolean
  user?: string
  password?: string
}

const DEFAULT_FROM_ADDRESS = 'filamenta@localhost'

/**
 * The SMTP server to use: the one saved in the settings when an admin set a
 * host there, else the SMTP_* variables. The server is taken as a whole from
 * one place, so a saved host is never paired with the environment's password.
 */
export async function smtpServer(): Promise<SmtpServer> {
  const host = await readSetting<string | null>(MAIL_SETTING_KEYS.host, null)
  if (!host) {
    return {
      host: env.get('SMTP_HOST', 'localhost'),
      port: env.get('SMTP_PORT', 587),
      secure: env.get('SMTP_SECURE', false),
      user: env.get('SMTP_USER') || undefined,
      password: env.get('SMTP_PASSWORD') || undefined,
    }
  }
  const [port, secure, user, password] = await Promise.all([
    readSetting<number>(MAIL_SETTING_KEYS.port, 587),
    readSetting<boolean>(MAIL_SETTING_KEYS.secure, false),
    readSetting<string | null>(MAIL_SETTING_KEYS.user, null),
    readSetting<string | null>(MAIL_SETTING_KEYS.password, null),
  ])
  return {
    host,
    port: Number(port),
    secure,
    user: user || undefined,
    password: password || undefined,
  }
}

/** Who messages come from: settings, else MAIL_FROM_*, else the site's name. */
export async function mailSender(): Promise<{ address: string; name: string }> {
  const [address, name] = await Promise.all([
    readSetting<string | null>(MAIL_SETTING_KEYS.fromAddress, null),
    readSetting<string | null>(MAIL_SETTING_KEYS.fromName, null),
  ])
  return {
    address: address || env.get('MAIL_FROM_ADDRESS') || DEFAULT_FROM_ADDRESS,
    name: name || env.get('MAIL_FROM_NAME') || (await siteName()),
  }
}
